"""Questionnaire content: a few numbered questions per survey topic.

Questionnaires are only detected by the pipeline, never extracted, so the
questions only need to look like the real thing: place identification,
respondent, the topic block, enumerator.
"""

from __future__ import annotations

from dataclasses import dataclass

#: (question, options or None for a written answer, number of code boxes)
Question = tuple[str, tuple[str, ...] | None, int]


@dataclass(frozen=True)
class QuestionSet:
    title: str
    tempat: tuple[Question, ...]
    responden: tuple[Question, ...]
    pokok: tuple[Question, ...]
    petugas: tuple[Question, ...]


_TEMPAT: tuple[Question, ...] = (
    ("Provinsi", None, 2),
    ("Kabupaten/Kota", None, 2),
    ("Kecamatan", None, 3),
    ("Desa/Kelurahan", None, 3),
    ("Nomor urut responden", None, 3),
)
_RESPONDEN: tuple[Question, ...] = (
    ("Nama responden", None, 0),
    ("Jenis kelamin", ("Laki-laki", "Perempuan"), 1),
    ("Umur (tahun)", None, 2),
    (
        "Pendidikan tertinggi yang ditamatkan",
        ("Tidak/belum tamat SD", "SD/sederajat", "SMP/sederajat", "SMA/sederajat", "Diploma/S1+"),
        1,
    ),
    ("Pekerjaan utama", None, 2),
)
_PETUGAS: tuple[Question, ...] = (
    ("Nama pencacah", None, 0),
    ("Tanggal pencacahan", None, 0),
    ("Nama pemeriksa", None, 0),
    ("Tanda tangan pencacah", None, 0),
)
_SKALA = ("Tidak baik", "Kurang baik", "Baik", "Sangat baik")

_POKOK: dict[str, tuple[str, tuple[Question, ...]]] = {
    "kepuasan": (
        "Penilaian Pelayanan",
        (
            (
                "Jenis layanan yang diterima pada kunjungan terakhir",
                ("Pemeriksaan umum", "Kesehatan ibu dan anak", "Gigi dan mulut", "Lainnya"),
                1,
            ),
            ("Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan?", _SKALA, 1),
            ("Bagaimana pendapat Saudara tentang kemudahan prosedur pelayanan?", _SKALA, 1),
            ("Berapa lama waktu tunggu sampai dilayani (menit)?", None, 3),
            ("Bagaimana pendapat Saudara tentang kecepatan waktu pelayanan?", _SKALA, 1),
            ("Bagaimana pendapat Saudara tentang kesopanan dan keramahan petugas?", _SKALA, 1),
            ("Apakah Saudara dikenakan biaya di luar ketentuan?", ("Ya", "Tidak"), 1),
            ("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", _SKALA, 1),
            ("Saran dan masukan untuk perbaikan pelayanan", None, 0),
        ),
    ),
    "wisatawan": (
        "Karakteristik Kunjungan",
        (
            ("Provinsi tempat tinggal", None, 2),
            (
                "Maksud utama kunjungan",
                ("Berlibur", "Bisnis/dinas", "Mengunjungi keluarga", "Lainnya"),
                1,
            ),
            ("Berapa malam menginap di Belitung Timur?", None, 2),
            (
                "Jenis akomodasi",
                ("Hotel berbintang", "Hotel nonbintang/homestay", "Rumah keluarga", "Lainnya"),
                1,
            ),
            ("Pengeluaran untuk akomodasi selama kunjungan (Rp)", None, 8),
            ("Pengeluaran untuk makanan dan minuman (Rp)", None, 8),
            ("Objek wisata yang dikunjungi", None, 0),
            ("Apakah akan berkunjung kembali?", ("Ya", "Tidak", "Belum tahu"), 1),
        ),
    ),
    "sampah": (
        "Pengelolaan Sampah Rumah Tangga",
        (
            ("Sudah berapa tahun tinggal di rumah ini?", None, 2),
            (
                "Ke mana biasanya sampah rumah tangga dibuang?",
                ("Diangkut petugas", "Dibuang ke TPS", "Dibakar", "Dibuang ke sungai", "Lainnya"),
                1,
            ),
            ("Berapa kali sampah diangkut dalam sebulan terakhir?", None, 2),
            ("Apakah rumah tangga menjadi nasabah bank sampah?", ("Ya", "Tidak"), 1),
            ("Apakah mengetahui larangan membuang sampah ke sungai?", ("Ya", "Tidak"), 1),
            (
                "Menurut Saudara, apakah larangan tersebut sudah dijalankan?",
                ("Sudah", "Sebagian", "Belum"),
                1,
            ),
            ("Saran untuk pengelolaan sampah di lingkungan Saudara", None, 0),
        ),
    ),
    "usaha": (
        "Keterangan Usaha",
        (
            ("Nama usaha", None, 0),
            ("Luas lahan usaha (m²)", None, 5),
            ("Produksi selama musim terakhir (ton)", None, 4),
            ("Harga jual rata-rata per karung (Rp)", None, 6),
            (
                "Kepada siapa hasil produksi dijual?",
                ("Pedagang pengumpul", "Koperasi", "Langsung ke konsumen", "Lainnya"),
                1,
            ),
            ("Kendala utama pemasaran", ("Harga rendah", "Akses jalan", "Kualitas", "Lainnya"), 1),
            ("Apakah pernah menerima bantuan pemerintah?", ("Ya", "Tidak"), 1),
        ),
    ),
    "pertanian": (
        "Keterangan Usaha Tani",
        (
            ("Luas petak yang dipanen (m²)", None, 5),
            (
                "Varietas benih yang ditanam",
                ("Hibrida bantuan", "Hibrida beli sendiri", "Lokal"),
                1,
            ),
            ("Jumlah pupuk urea yang digunakan (kg)", None, 4),
            ("Jumlah pupuk NPK yang digunakan (kg)", None, 4),
            ("Sumber pengairan", ("Irigasi", "Tadah hujan", "Pompa"), 1),
            ("Berat hasil ubinan (kg)", None, 4),
            ("Apakah mengalami serangan hama?", ("Ya", "Tidak"), 1),
        ),
    ),
}


def questions_for(bank: str) -> QuestionSet:
    """The question set of a topic bank (the service-satisfaction set by default)."""
    title, pokok = _POKOK.get(bank, _POKOK["kepuasan"])
    return QuestionSet(title, _TEMPAT, _RESPONDEN, pokok, _PETUGAS)
