"""Ground truth of every sample document, stored in FORMS.md value forms.

Each document is made by a recipe below from a topic (the fixed, hand-written
part: titles, purposes, variables, design) and a seeded ``random.Random`` (the
drawn part: people, NIPs, phone numbers, letter numbers, exact dates). The
defects of a recipe are fixed, so the scenarios and their verdicts do not
depend on the seed; only the filler does.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from samples.agencies import AGENCIES, Agency
from samples.keys import FS3_BLOCK_VI
from samples.model import Defect, Document, rng_for
from samples.people import Person, make_person
from samples.regions import OFFICES

YEAR = 2026

# --------------------------------------------------------------------------- helpers


def _office_phone(rng: random.Random, agency: Agency) -> str:
    width = 8 if agency.area == "21" else rng.choice((6, 7))
    first = str(rng.randint(2, 9))
    rest = "".join(str(rng.randint(0, 9)) for _ in range(width - 1))
    return f"+62{agency.area}{first}{rest}"


def _fax_from(phone: str) -> str:
    # Offices usually have the fax on the next line number.
    return phone[:-1] + str((int(phone[-1]) + 1) % 10)


def _schedule(
    rng: random.Random, stages: tuple[str, ...], *, year: int = YEAR, long_field: bool = False
) -> tuple[dict[str, str], date]:
    """Consecutive stage dates (field work may overlap processing) and a release date."""
    out: dict[str, str] = {}
    start = date(year, 1, rng.randint(5, 14))
    lengths = {
        "perencanaan": rng.randint(35, 50),
        "lapangan": rng.randint(30, 55),
        "pengumpulan": rng.randint(150, 250) if long_field else rng.randint(40, 70),
        "pengolahan": rng.randint(25, 40),
        "analisis": rng.randint(18, 30),
        "diseminasi": rng.randint(20, 35),
    }
    for stage in stages:
        end = start + timedelta(days=lengths[stage])
        out[f"jadwal.{stage}.mulai"] = start.isoformat()
        out[f"jadwal.{stage}.selesai"] = end.isoformat()
        # Processing often starts before the last questionnaires come back.
        overlap = rng.randint(0, 10) if stage in ("lapangan", "pengumpulan") else 0
        start = end + timedelta(days=1 - overlap if overlap else rng.randint(1, 4))
    diseminasi_start = date.fromisoformat(out[f"jadwal.{stages[-1]}.mulai"])
    release = diseminasi_start + timedelta(days=rng.randint(3, 12))
    return out, release


def _letter_number(rng: random.Random, agency: Agency, when: date) -> str:
    romans = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
    return agency.nomor.format(
        n=f"{rng.randint(12, 980):03d}" if rng.random() < 0.6 else str(rng.randint(12, 980)),
        mm=f"{when.month:02d}",
        roman=romans[when.month - 1],
        year=when.year,
    )


def _penyelenggara(rng: random.Random, agency: Agency, *, faks: bool) -> dict[str, Any]:
    phone = _office_phone(rng, agency)
    fields: dict[str, Any] = {
        "penyelenggara.instansi": agency.name,
        "penyelenggara.alamat": agency.street,
        "penyelenggara.telepon": phone,
        "penyelenggara.email": agency.email,
        "penyelenggara.provinsi": agency.prov,
    }
    if faks:
        fields["penyelenggara.faks"] = _fax_from(phone)
    if agency.kab is not None:
        fields["penyelenggara.kabupaten_kota"] = agency.kab
    return fields


def _person_fields(
    prefix: str,
    person: Person,
    jabatan: str,
    *,
    alamat: str | None = None,
    faks: str | None = None,
) -> dict[str, Any]:
    fields: dict[str, Any] = {
        f"{prefix}.nama": person.nama,
        f"{prefix}.jabatan": jabatan,
        f"{prefix}.telepon": person.telepon,
        f"{prefix}.email": person.email,
    }
    if alamat is not None:
        fields[f"{prefix}.alamat"] = alamat
    if faks is not None:
        fields[f"{prefix}.faks"] = faks
    return fields


def _head_title(agency: Agency) -> str:
    """Jabatan of the head of the agency ("Kepala Dinas Kesehatan Kabupaten Bangka Tengah")."""
    if agency.name.startswith("Pusat"):
        return "Kepala " + agency.name.split(", Kementerian")[0]
    if agency.name.startswith("Yayasan"):
        return "Ketua " + agency.name
    return "Kepala " + agency.name


# --------------------------------------------------------------------------- topics

# Hand-written survey topics. Keys map straight onto FS3 fields; "vi" is block VI.
FS3_TOPICS: dict[str, dict[str, Any]] = {
    "dinkes-1904": {
        "judul": "Survei Kepuasan Masyarakat terhadap Pelayanan Puskesmas di Kabupaten "
        "Bangka Tengah Tahun 2026",
        "tujuan": "Mengukur tingkat kepuasan masyarakat terhadap pelayanan rawat jalan di "
        "seluruh puskesmas se-Kabupaten Bangka Tengah sebagai dasar perbaikan mutu "
        "pelayanan kesehatan dasar, serta menyusun Indeks Kepuasan Masyarakat (IKM) "
        "sesuai Peraturan Menteri PANRB Nomor 14 Tahun 2017.",
        "variabel": [
            ("Jenis kelamin responden", "Saat pencacahan"),
            ("Umur responden", "Saat pencacahan"),
            ("Pendidikan tertinggi yang ditamatkan", "Saat pencacahan"),
            ("Jenis layanan yang diterima", "Kunjungan terakhir"),
            ("Penilaian kesesuaian persyaratan pelayanan", "Kunjungan terakhir"),
            ("Penilaian waktu tunggu pelayanan", "Kunjungan terakhir"),
            ("Penilaian perilaku petugas", "Kunjungan terakhir"),
            ("Penanganan pengaduan, saran dan masukan", "Tiga bulan terakhir"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["1904"],
        "metode_pengumpulan": ["wawancara"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "stratifikasi",
        "uji_coba": True,
        "petugas": "mitra",
        "pendidikan_petugas": "sma",
        "pelatihan": True,
        "jumlah_supervisor": 4,
        "jumlah_enumerator": 16,
        "vi": {
            "rancangan_sampel": "multi_tahap",
            "kerangka_sampel": "Daftar kunjungan pasien rawat jalan puskesmas (register SIMPUS) "
            "bulan Oktober sampai Desember 2025",
            "fraksi_sampel": "1 dari 40 kunjungan di setiap puskesmas",
            "unit_sampel": "Kunjungan pasien rawat jalan",
            "jumlah_sampel": 1250,
            "sampling_error": "Margin of error 5 persen pada tingkat kepercayaan 95 persen",
            "responden": "Pasien rawat jalan atau pendamping pasien berumur 17 tahun ke atas",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota", "kecamatan"],
        "metode_analisis": "deskriptif",
        "produk": (True, True, True, False),
        "manajer": "Kepala Seksi Pelayanan Kesehatan Primer",
        "qbank": "kepuasan",
    },
    "dispar-1906": {
        "judul": "Survei Karakteristik dan Pengeluaran Wisatawan Nusantara di Kabupaten "
        "Belitung Timur Tahun 2026",
        "tujuan": "Memperoleh gambaran karakteristik wisatawan nusantara yang berkunjung ke "
        "Kabupaten Belitung Timur, meliputi daerah asal, lama menginap, jenis akomodasi dan "
        "rata-rata pengeluaran selama berkunjung, sebagai bahan perencanaan promosi dan "
        "pengembangan destinasi wisata daerah.",
        "variabel": [
            ("Provinsi asal wisatawan", "Saat pencacahan"),
            ("Maksud utama kunjungan", "Kunjungan saat ini"),
            ("Lama menginap", "Kunjungan saat ini"),
            ("Jenis akomodasi yang digunakan", "Kunjungan saat ini"),
            ("Pengeluaran untuk akomodasi", "Kunjungan saat ini"),
            ("Pengeluaran untuk makanan dan minuman", "Kunjungan saat ini"),
            ("Objek wisata yang dikunjungi", "Kunjungan saat ini"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "semesteran",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["1906"],
        "metode_pengumpulan": ["swacacah", "wawancara"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "sistematik",
        "uji_coba": True,
        "petugas": "keduanya",
        "pendidikan_petugas": "diploma",
        "pelatihan": True,
        "jumlah_supervisor": 2,
        "jumlah_enumerator": 10,
        "vi": {
            "rancangan_sampel": "satu_tahap",
            "kerangka_sampel": "Daftar tamu harian hotel, penginapan dan homestay terdaftar di "
            "Kabupaten Belitung Timur",
            "fraksi_sampel": "Interval 1 dari 10 tamu menurut urutan kedatangan",
            "unit_sampel": "Wisatawan nusantara yang menginap",
            "jumlah_sampel": 600,
            "sampling_error": "RSE rata-rata pengeluaran di bawah 10 persen",
            "responden": "Wisatawan nusantara berumur 15 tahun ke atas",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota"],
        "metode_analisis": "keduanya",
        "produk": (True, True, True, True),
        "manajer": "Kepala Bidang Pemasaran Pariwisata",
        "qbank": "wisatawan",
    },
    "distanhorbun-7304": {
        "judul": "Survei Produktivitas Jagung Hibrida di Kabupaten Jeneponto Tahun 2026",
        "tujuan": "Mengestimasi produktivitas jagung hibrida per hektare menurut kecamatan "
        "melalui pengukuran ubinan, serta mengidentifikasi penggunaan benih, pupuk dan "
        "sarana produksi lainnya sebagai dasar penyusunan program peningkatan produksi "
        "jagung daerah.",
        "variabel": [
            ("Luas panen petak sampel", "Musim tanam Oktober 2025 sampai Maret 2026"),
            ("Berat hasil ubinan pipilan kering", "Saat panen"),
            ("Varietas benih jagung", "Musim tanam Oktober 2025 sampai Maret 2026"),
            ("Jumlah pupuk urea yang digunakan", "Musim tanam Oktober 2025 sampai Maret 2026"),
            ("Jumlah pupuk NPK yang digunakan", "Musim tanam Oktober 2025 sampai Maret 2026"),
            ("Sumber pengairan lahan", "Musim tanam Oktober 2025 sampai Maret 2026"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["7304"],
        "metode_pengumpulan": ["observasi", "wawancara"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "klaster",
        "uji_coba": False,
        "petugas": "staf",
        "pendidikan_petugas": "sarjana",
        "pelatihan": True,
        "jumlah_supervisor": 3,
        "jumlah_enumerator": 22,
        "vi": {
            "rancangan_sampel": "multi_tahap",
            "kerangka_sampel": "Daftar kelompok tani jagung dan peta blok lahan di 11 kecamatan",
            "fraksi_sampel": "2 desa per kecamatan, 5 petani per desa",
            "unit_sampel": "Petak lahan jagung hibrida yang dipanen",
            "jumlah_sampel": 110,
            "sampling_error": "RSE produktivitas tingkat kabupaten paling tinggi 5 persen",
            "responden": "Petani pemilik atau penggarap petak sampel",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota", "kecamatan"],
        "metode_analisis": "keduanya",
        "produk": (False, True, True, False),
        "manajer": "Kepala Bidang Tanaman Pangan",
        "qbank": "pertanian",
    },
    "disdagperin-6371": {
        "judul": "Survei Harga Kebutuhan Pokok Mingguan di Pasar Tradisional Kota "
        "Banjarmasin Tahun 2026",
        "tujuan": "Memantau perkembangan harga eceran 20 komoditas kebutuhan pokok di pasar "
        "tradisional Kota Banjarmasin setiap minggu sebagai bahan rapat Tim Pengendalian "
        "Inflasi Daerah dan peringatan dini kenaikan harga menjelang hari besar keagamaan.",
        "variabel": [
            ("Harga eceran beras medium", "Minggu pencacahan"),
            ("Harga eceran cabai rawit", "Minggu pencacahan"),
            ("Harga eceran bawang merah", "Minggu pencacahan"),
            ("Harga eceran daging ayam ras", "Minggu pencacahan"),
            ("Harga eceran telur ayam ras", "Minggu pencacahan"),
            ("Harga eceran minyak goreng kemasan", "Minggu pencacahan"),
            ("Ketersediaan stok di pedagang", "Minggu pencacahan"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "mingguan",
        "tipe_pengumpulan": "longitudinal",
        "cara_pengumpulan": "sampel",
        "wilayah": ["6371"],
        "metode_pengumpulan": ["observasi", "wawancara"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "pps",
        "uji_coba": False,
        "petugas": "staf",
        "pendidikan_petugas": "sma",
        "pelatihan": True,
        "jumlah_supervisor": 2,
        "jumlah_enumerator": 8,
        "vi": {
            "rancangan_sampel": "multi_tahap",
            "kerangka_sampel": "Daftar pedagang eceran bahan pokok di 8 pasar tradisional "
            "(data UPT Pasar tahun 2025)",
            "fraksi_sampel": "3 pedagang per komoditas di setiap pasar terpilih",
            "unit_sampel": "Pedagang eceran bahan pokok",
            "jumlah_sampel": 480,
            "sampling_error": "Koefisien variasi harga dilaporkan per komoditas",
            "responden": "Pedagang eceran di pasar tradisional",
        },
        "pengolahan": (True, False, True),
        "tingkat_estimasi": ["kabupaten_kota"],
        "metode_analisis": "deskriptif",
        "produk": (False, True, True, False),
        "manajer": "Kepala Bidang Perdagangan Dalam Negeri",
        "qbank": "harga",
    },
    "pusdatin-pertanian": {
        "judul": "Survei Penggunaan Pupuk Bersubsidi pada Usaha Tani Padi dan Jagung Tahun 2026",
        "tujuan": "Mengetahui ketepatan sasaran, jumlah dan waktu penyaluran pupuk bersubsidi "
        "kepada petani padi dan jagung di tiga provinsi percontohan, serta mengukur selisih "
        "antara alokasi dalam RDKK dan penebusan pupuk oleh petani.",
        "variabel": [
            ("Luas lahan garapan", "Musim tanam terakhir"),
            ("Jumlah pupuk urea bersubsidi yang ditebus", "Musim tanam terakhir"),
            ("Jumlah pupuk NPK bersubsidi yang ditebus", "Musim tanam terakhir"),
            ("Harga tebus pupuk per kilogram", "Musim tanam terakhir"),
            ("Keterlambatan penyaluran pupuk", "Musim tanam terakhir"),
            ("Keanggotaan kelompok tani", "Saat pencacahan"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "gabungan",
        "cara_pengumpulan": "sampel",
        "wilayah": ["19", "63", "73"],
        "metode_pengumpulan": ["telepon", "wawancara"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "stratifikasi",
        "uji_coba": True,
        "petugas": "keduanya",
        "pendidikan_petugas": "sarjana",
        "pelatihan": True,
        "jumlah_supervisor": 9,
        "jumlah_enumerator": 60,
        "vi": {
            "rancangan_sampel": "multi_tahap",
            "kerangka_sampel": "Daftar petani penerima pupuk bersubsidi dalam e-RDKK tahun 2026",
            "fraksi_sampel": "0,5 persen petani di setiap kabupaten terpilih",
            "unit_sampel": "Rumah tangga petani padi dan jagung terdaftar e-RDKK",
            "jumlah_sampel": 3600,
            "sampling_error": "RSE tingkat provinsi paling tinggi 10 persen",
            "responden": "Kepala rumah tangga petani atau anggota rumah tangga yang mengelola "
            "usaha tani",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["nasional", "provinsi"],
        "metode_analisis": "keduanya",
        "produk": (True, True, True, True),
        "manajer": "Kepala Bidang Pengelolaan Data",
        "qbank": "pertanian",
    },
    "diskopumdag-1904": {
        "judul": "Survei Pendataan Usaha Mikro dan Kecil Binaan Kabupaten Bangka Tengah Tahun 2026",
        "tujuan": "Memperoleh data lengkap seluruh usaha mikro dan kecil binaan pemerintah "
        "daerah, meliputi jenis usaha, tenaga kerja, omzet dan akses permodalan, untuk "
        "pemutakhiran basis data pembinaan usaha mikro daerah.",
        "variabel": [
            ("Nama dan alamat usaha", "Saat pencacahan"),
            ("Jenis kegiatan usaha (KBLI)", "Saat pencacahan"),
            ("Jumlah tenaga kerja", "Sebulan terakhir"),
            ("Omzet rata-rata per bulan", "Tahun 2025"),
            ("Kepemilikan Nomor Induk Berusaha", "Saat pencacahan"),
            ("Akses kredit usaha", "Setahun terakhir"),
        ],
        "pelaksanaan": "sekali",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sensus",
        "wilayah": ["1904"],
        "metode_pengumpulan": ["observasi", "wawancara"],
        "uji_coba": False,
        "petugas": "mitra",
        "pendidikan_petugas": "sma",
        "pelatihan": True,
        "jumlah_supervisor": 6,
        "jumlah_enumerator": 30,
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota", "kecamatan"],
        "metode_analisis": "deskriptif",
        "produk": (True, True, True, False),
        "manajer": "Kepala Bidang Usaha Mikro",
        "qbank": "usaha",
    },
    "dlh-6371": {
        "judul": "Survei Persepsi Masyarakat tentang Pengelolaan Sampah di Bantaran Sungai "
        "Kota Banjarmasin Tahun 2026",
        "tujuan": "Menggali persepsi dan perilaku masyarakat yang bermukim di bantaran sungai "
        "terhadap layanan pengangkutan sampah, bank sampah dan larangan membuang sampah ke "
        "sungai, sebagai masukan penyusunan strategi komunikasi program kebersihan sungai.",
        "variabel": [
            ("Lama tinggal di bantaran sungai", "Saat pencacahan"),
            ("Cara membuang sampah rumah tangga", "Seminggu terakhir"),
            ("Frekuensi pengangkutan sampah", "Sebulan terakhir"),
            ("Keikutsertaan dalam bank sampah", "Setahun terakhir"),
            ("Persepsi terhadap larangan membuang sampah ke sungai", "Saat pencacahan"),
        ],
        "pelaksanaan": "sekali",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["6371"],
        "metode_pengumpulan": ["wawancara"],
        "metode_sampel": "nonprobabilitas",
        "metode_pemilihan": "purposive",
        "uji_coba": True,
        "petugas": "staf",
        "pendidikan_petugas": "sarjana",
        "pelatihan": True,
        "jumlah_supervisor": 2,
        "jumlah_enumerator": 12,
        "pengolahan": (True, True, False),
        "tingkat_estimasi": ["kabupaten_kota"],
        "metode_analisis": "deskriptif",
        "produk": (True, True, False, False),
        "manajer": "Kepala Bidang Pengelolaan Sampah",
        "qbank": "sampah",
    },
    "disdik-1904": {
        "judul": "Survei Minat dan Kebiasaan Membaca Siswa Sekolah Dasar Kabupaten Bangka "
        "Tengah Tahun 2026",
        "tujuan": "Mengukur minat dan kebiasaan membaca siswa sekolah dasar serta ketersediaan "
        "bahan bacaan di sekolah dan di rumah sebagai dasar program gerakan literasi sekolah.",
        "variabel": [
            ("Frekuensi membaca buku di luar pelajaran", "Seminggu terakhir"),
            ("Jumlah buku yang dibaca", "Sebulan terakhir"),
            ("Ketersediaan pojok baca di kelas", "Saat pencacahan"),
            ("Kunjungan ke perpustakaan sekolah", "Sebulan terakhir"),
            ("Jumlah buku bacaan di rumah", "Saat pencacahan"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["1904"],
        "metode_pengumpulan": ["swacacah"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "klaster",
        "uji_coba": True,
        "petugas": "staf",
        "pendidikan_petugas": "sarjana",
        "pelatihan": False,
        "jumlah_supervisor": 3,
        "jumlah_enumerator": 15,
        "vi": {
            "rancangan_sampel": "satu_tahap",
            "kerangka_sampel": "Data Pokok Pendidikan (Dapodik) sekolah dasar semester ganjil "
            "tahun ajaran 2025/2026",
            "fraksi_sampel": "30 dari 118 sekolah dasar",
            "unit_sampel": "Sekolah dasar (seluruh siswa kelas 4 sampai 6 di sekolah terpilih)",
            "jumlah_sampel": 30,
            "sampling_error": "RSE paling tinggi 8 persen",
            "responden": "Siswa kelas 4 sampai 6 sekolah dasar",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota"],
        "metode_analisis": "deskriptif",
        "produk": (False, True, True, False),
        "manajer": "Kepala Bidang Pembinaan Sekolah Dasar",
        "qbank": "literasi",
    },
    "bappelitbangda-1906": {
        "judul": "Survei Indeks Kepuasan Masyarakat terhadap Pelayanan Publik Kabupaten "
        "Belitung Timur Tahun 2026",
        "tujuan": "Mengukur indeks kepuasan masyarakat terhadap pelayanan publik pada "
        "perangkat daerah penyelenggara pelayanan sebagai bahan evaluasi kinerja dan "
        "penyusunan Rencana Kerja Pemerintah Daerah.",
        "variabel": [
            ("Unit layanan yang dikunjungi", "Kunjungan terakhir"),
            ("Penilaian persyaratan pelayanan", "Kunjungan terakhir"),
            ("Penilaian biaya/tarif pelayanan", "Kunjungan terakhir"),
            ("Penilaian kompetensi pelaksana", "Kunjungan terakhir"),
            ("Penilaian sarana dan prasarana", "Kunjungan terakhir"),
        ],
        "pelaksanaan": "sekali",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["1906"],
        "metode_pengumpulan": ["wawancara", "swacacah"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "srs",
        "uji_coba": True,
        "petugas": "mitra",
        "pendidikan_petugas": "diploma",
        "pelatihan": True,
        "jumlah_supervisor": 2,
        "jumlah_enumerator": 14,
        "vi": {
            "rancangan_sampel": "satu_tahap",
            "kerangka_sampel": "Daftar pengguna layanan pada 14 unit pelayanan publik tahun 2025",
            "fraksi_sampel": "400 dari sekitar 21.000 pengguna layanan",
            "unit_sampel": "Pengguna layanan publik",
            "jumlah_sampel": 400,
            "sampling_error": "Margin of error 5 persen",
            "responden": "Pengguna layanan berumur 17 tahun ke atas",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota"],
        "metode_analisis": "deskriptif",
        "produk": (True, True, False, False),
        "manajer": "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi",
        "qbank": "kepuasan",
    },
    "dkp-7304": {
        "judul": "Survei Produksi dan Harga Garam Rakyat di Kabupaten Jeneponto Tahun 2026",
        "tujuan": "Menghitung produksi garam rakyat per musim dan harga jual di tingkat "
        "petambak, serta kendala pemasaran, untuk mendukung program peningkatan kualitas "
        "garam rakyat di Kecamatan Bangkala, Tamalatea dan Arungkeke.",
        "variabel": [
            ("Luas tambak garam yang diusahakan", "Musim produksi 2025"),
            ("Produksi garam", "Musim produksi 2025"),
            ("Harga jual garam di tingkat petambak", "Musim produksi 2025"),
            ("Kualitas garam (kadar NaCl)", "Saat pencacahan"),
            ("Kendala pemasaran", "Setahun terakhir"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "longitudinal",
        "cara_pengumpulan": "sampel",
        "wilayah": ["7304"],
        "metode_pengumpulan": ["wawancara", "observasi"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "stratifikasi",
        "uji_coba": False,
        "petugas": "staf",
        "pendidikan_petugas": "diploma",
        "pelatihan": True,
        "jumlah_supervisor": 3,
        "jumlah_enumerator": 9,
        "vi": {
            "rancangan_sampel": "satu_tahap",
            "kerangka_sampel": "Daftar petambak garam anggota kelompok usaha garam rakyat tahun "
            "2025",
            "fraksi_sampel": "25 persen petambak di setiap kecamatan",
            "unit_sampel": "Petambak garam",
            "jumlah_sampel": 180,
            "sampling_error": "RSE produksi paling tinggi 10 persen",
            "responden": "Petambak garam pemilik atau penggarap",
        },
        "pengolahan": (True, False, True),
        "tingkat_estimasi": ["kabupaten_kota", "kecamatan"],
        "metode_analisis": "deskriptif",
        "produk": (True, True, False, False),
        "manajer": "Kepala Bidang Pengelolaan Ruang Laut dan Garam",
        "qbank": "usaha",
    },
    "dishub-6371": {
        "judul": "Survei Asal Tujuan Penumpang Angkutan Sungai Kota Banjarmasin Tahun 2026",
        "tujuan": "Memetakan pola perjalanan penumpang angkutan sungai (kelotok dan speedboat) "
        "menurut asal, tujuan, maksud perjalanan dan ongkos, sebagai dasar penataan dermaga "
        "dan trayek angkutan sungai.",
        "variabel": [
            ("Dermaga asal perjalanan", "Perjalanan saat ini"),
            ("Dermaga tujuan perjalanan", "Perjalanan saat ini"),
            ("Maksud perjalanan", "Perjalanan saat ini"),
            ("Ongkos perjalanan", "Perjalanan saat ini"),
            ("Frekuensi menggunakan angkutan sungai", "Sebulan terakhir"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "lebih_dari_setahun",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["6371"],
        "metode_pengumpulan": ["wawancara"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "sistematik",
        "uji_coba": True,
        "petugas": "mitra",
        "pendidikan_petugas": "sma",
        "pelatihan": True,
        "jumlah_supervisor": 3,
        "jumlah_enumerator": 18,
        "vi": {
            "rancangan_sampel": "satu_tahap",
            "kerangka_sampel": "Jadwal keberangkatan kapal di 12 dermaga penumpang",
            "fraksi_sampel": "Setiap penumpang ke-5 yang naik kapal",
            "unit_sampel": "Perjalanan penumpang",
            "jumlah_sampel": 2400,
            "sampling_error": "Tidak dihitung",
            "responden": "Penumpang angkutan sungai berumur 15 tahun ke atas",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota", "lainnya"],
        "metode_analisis": "deskriptif",
        "produk": (True, True, True, False),
        "manajer": "Kepala Bidang Angkutan Sungai dan Penyeberangan",
        "qbank": "transportasi",
    },
    "pusdatin-naker": {
        "judul": "Survei Kebutuhan Tenaga Kerja Terampil pada Industri Pengolahan Tahun 2026",
        "tujuan": "Mengukur kebutuhan tenaga kerja terampil menurut jabatan dan kompetensi "
        "pada perusahaan industri pengolahan besar dan sedang sebagai bahan penyusunan "
        "rencana pelatihan vokasi nasional.",
        "variabel": [
            ("Jumlah pekerja menurut jabatan", "Akhir bulan sebelum pencacahan"),
            ("Jumlah lowongan yang belum terisi", "Saat pencacahan"),
            ("Kompetensi yang paling sulit dipenuhi", "Setahun terakhir"),
            ("Rencana penambahan tenaga kerja", "Setahun ke depan"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "caturwulanan",
        "tipe_pengumpulan": "longitudinal",
        "cara_pengumpulan": "sampel",
        "metode_pengumpulan": ["swacacah", "telepon"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "stratifikasi",
        "uji_coba": True,
        "petugas": "staf",
        "pendidikan_petugas": "sarjana",
        "pelatihan": True,
        "jumlah_supervisor": 10,
        "jumlah_enumerator": 40,
        "vi": {
            "rancangan_sampel": "satu_tahap",
            "kerangka_sampel": "Direktori perusahaan industri besar dan sedang wajib lapor "
            "ketenagakerjaan (WLKP) tahun 2025",
            "fraksi_sampel": "10 persen perusahaan per strata ukuran",
            "unit_sampel": "Perusahaan industri pengolahan besar dan sedang",
            "jumlah_sampel": 2850,
            "sampling_error": "RSE nasional paling tinggi 5 persen",
            "responden": "Manajer personalia atau pejabat yang ditunjuk",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["nasional"],
        "metode_analisis": "keduanya",
        "produk": (False, False, False, False),
        "manajer": "Koordinator Bidang Data dan Statistik",
        "qbank": "usaha",
    },
    "dpmptsp-1904": {
        "judul": "Survei Kepuasan Pelaku Usaha terhadap Layanan Perizinan Berusaha Tahun 2026",
        "tujuan": "Mengukur kepuasan pelaku usaha terhadap layanan perizinan berusaha berbasis "
        "risiko di Mal Pelayanan Publik, termasuk waktu penyelesaian dan kemudahan sistem "
        "OSS, sebagai bahan perbaikan standar pelayanan.",
        "variabel": [
            ("Jenis izin yang diurus", "Pengurusan terakhir"),
            ("Lama penyelesaian izin", "Pengurusan terakhir"),
            ("Penilaian kemudahan sistem OSS", "Pengurusan terakhir"),
            ("Penilaian kejelasan informasi persyaratan", "Pengurusan terakhir"),
            ("Biaya tidak resmi yang dikeluarkan", "Pengurusan terakhir"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "triwulanan",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["1904"],
        "metode_pengumpulan": ["swacacah", "telepon"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "srs",
        "uji_coba": False,
        "petugas": "staf",
        "pendidikan_petugas": "diploma",
        "pelatihan": False,
        "jumlah_supervisor": 1,
        "jumlah_enumerator": 4,
        "vi": {
            "rancangan_sampel": "satu_tahap",
            "kerangka_sampel": "Daftar permohonan izin yang diterbitkan melalui OSS pada "
            "triwulan sebelumnya",
            "fraksi_sampel": "150 dari sekitar 900 permohonan per triwulan",
            "unit_sampel": "Permohonan izin berusaha yang telah terbit",
            "jumlah_sampel": 150,
            "sampling_error": "Margin of error 7,5 persen",
            "responden": "Pemohon izin atau kuasanya",
        },
        "pengolahan": (True, False, True),
        "tingkat_estimasi": ["kabupaten_kota"],
        "metode_analisis": "deskriptif",
        "produk": (False, True, True, False),
        "manajer": "Kepala Bidang Pelayanan Perizinan",
        "qbank": "kepuasan",
    },
    "dinkes-6371": {
        "judul": "Survei Perilaku Hidup Bersih dan Sehat Rumah Tangga Kota Banjarmasin Tahun 2026",
        "tujuan": "Mengukur persentase rumah tangga yang menerapkan perilaku hidup bersih dan "
        "sehat menurut kelurahan sebagai indikator kinerja program promosi kesehatan.",
        "variabel": [
            ("Persalinan ditolong tenaga kesehatan", "Setahun terakhir"),
            ("Pemberian ASI eksklusif", "Saat pencacahan"),
            ("Penggunaan air bersih", "Saat pencacahan"),
            ("Kebiasaan mencuci tangan pakai sabun", "Seminggu terakhir"),
            ("Penggunaan jamban sehat", "Saat pencacahan"),
            ("Anggota rumah tangga yang merokok", "Saat pencacahan"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["6371"],
        "metode_pengumpulan": ["wawancara", "observasi"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "klaster",
        "uji_coba": True,
        "petugas": "keduanya",
        "pendidikan_petugas": "diploma",
        "pelatihan": True,
        "jumlah_supervisor": 5,
        "jumlah_enumerator": 26,
        "vi": {
            "rancangan_sampel": "multi_tahap",
            "kerangka_sampel": "Daftar RT per kelurahan dan daftar rumah tangga hasil listing",
            "fraksi_sampel": "2 RT per kelurahan, 10 rumah tangga per RT",
            "unit_sampel": "Rumah tangga",
            "jumlah_sampel": 1040,
            "sampling_error": "RSE tingkat kota paling tinggi 5 persen",
            "responden": "Ibu rumah tangga atau kepala rumah tangga",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota", "kecamatan"],
        "metode_analisis": "deskriptif",
        "produk": (True, True, True, False),
        "manajer": "Kepala Seksi Promosi dan Pemberdayaan Masyarakat",
        "qbank": "kesehatan",
    },
    "diskan-1906": {
        "judul": "Survei Konsumsi Ikan Rumah Tangga Kabupaten Belitung Timur Tahun 2026",
        "tujuan": "Menghitung angka konsumsi ikan per kapita per tahun dan pola pembelian ikan "
        "rumah tangga sebagai indikator kinerja program gerakan memasyarakatkan makan ikan.",
        "variabel": [
            ("Jumlah anggota rumah tangga", "Saat pencacahan"),
            ("Konsumsi ikan segar menurut jenis", "Seminggu terakhir"),
            ("Konsumsi ikan olahan", "Seminggu terakhir"),
            ("Pengeluaran untuk ikan", "Seminggu terakhir"),
            ("Tempat membeli ikan", "Sebulan terakhir"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["1906"],
        "metode_pengumpulan": ["wawancara"],
        "metode_sampel": "probabilitas",
        "metode_pemilihan": "stratifikasi",
        "uji_coba": True,
        "petugas": "mitra",
        "pendidikan_petugas": "sma",
        "pelatihan": True,
        "jumlah_supervisor": 2,
        "jumlah_enumerator": 12,
        "vi": {
            "rancangan_sampel": "multi_tahap",
            "kerangka_sampel": "Daftar desa menurut klasifikasi pesisir dan bukan pesisir, "
            "dilanjutkan daftar rumah tangga hasil pemutakhiran",
            "fraksi_sampel": "14 desa, 20 rumah tangga per desa",
            "unit_sampel": "Rumah tangga",
            "jumlah_sampel": 280,
            "sampling_error": "RSE konsumsi per kapita paling tinggi 10 persen",
            "responden": "Ibu rumah tangga atau anggota rumah tangga yang mengurus makanan",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["kabupaten_kota"],
        "metode_analisis": "keduanya",
        "produk": (True, True, True, False),
        "manajer": "Kepala Bidang Pengolahan dan Pemasaran Hasil Perikanan",
        "qbank": "konsumsi",
    },
    "dinsos-7304": {
        "judul": "Survei Kondisi Sosial Ekonomi Penyandang Disabilitas Kabupaten Jeneponto "
        "Tahun 2026",
        "tujuan": "Memperoleh gambaran kondisi sosial ekonomi, akses layanan dasar dan "
        "kebutuhan alat bantu penyandang disabilitas sebagai dasar penyusunan rencana aksi "
        "daerah penyandang disabilitas.",
        "variabel": [
            ("Jenis disabilitas", "Saat pencacahan"),
            ("Pekerjaan utama", "Seminggu terakhir"),
            ("Akses terhadap layanan kesehatan", "Setahun terakhir"),
            ("Kepemilikan alat bantu", "Saat pencacahan"),
            ("Bantuan sosial yang diterima", "Setahun terakhir"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "tahunan",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["7304"],
        "metode_pengumpulan": ["wawancara"],
        "metode_sampel": "nonprobabilitas",
        "metode_pemilihan": "snowball",
        "uji_coba": False,
        "petugas": "keduanya",
        "pendidikan_petugas": "sma",
        "pelatihan": True,
        "jumlah_supervisor": 2,
        "jumlah_enumerator": 11,
        "vi": {
            "rancangan_sampel": "satu_tahap",
            "kerangka_sampel": "Rujukan dari kader desa dan organisasi penyandang disabilitas",
            "fraksi_sampel": "Tidak dapat ditentukan",
            "unit_sampel": "Penyandang disabilitas",
            "jumlah_sampel": 350,
            "sampling_error": "Tidak dihitung",
            "responden": "Penyandang disabilitas atau pendampingnya",
        },
        "pengolahan": (True, True, True),
        "tingkat_estimasi": ["lainnya"],
        "metode_analisis": "deskriptif",
        "produk": (True, False, False, False),
        "manajer": "Kepala Bidang Rehabilitasi Sosial",
        "qbank": "sosial",
    },
    "yayasan-6371": {
        "judul": "Survei Perilaku Membuang Sampah Rumah Tangga di Bantaran Sungai Martapura "
        "Tahun 2026",
        "tujuan": "Mengetahui kebiasaan rumah tangga di bantaran Sungai Martapura dalam "
        "membuang sampah dan kesediaan mengikuti program bank sampah yang dikelola yayasan.",
        "variabel": [
            ("Cara membuang sampah rumah tangga", "Seminggu terakhir"),
            ("Jarak rumah ke tempat penampungan sementara", "Saat pencacahan"),
            ("Kesediaan menjadi nasabah bank sampah", "Saat pencacahan"),
            ("Kesediaan membayar iuran sampah", "Saat pencacahan"),
        ],
        "pelaksanaan": "sekali",
        "tipe_pengumpulan": "cross_sectional",
        "cara_pengumpulan": "sampel",
        "wilayah": ["6371"],
        "metode_pengumpulan": ["wawancara"],
        "metode_sampel": "nonprobabilitas",
        "metode_pemilihan": "aksidental",
        "uji_coba": False,
        "petugas": "mitra",
        "pendidikan_petugas": "sma",
        "pelatihan": True,
        "jumlah_supervisor": 1,
        "jumlah_enumerator": 6,
        "pengolahan": (True, False, False),
        "tingkat_estimasi": ["lainnya"],
        "metode_analisis": "deskriptif",
        "produk": (False, True, False, False),
        "manajer": "Koordinator Program",
        "qbank": "sampah",
    },
}

FPKPA_TOPICS: dict[str, dict[str, Any]] = {
    "diskan-1904": {
        "judul": "Kompilasi Data Produksi Perikanan Tangkap Kabupaten Bangka Tengah Tahun 2026",
        "tujuan": "Menyusun data volume dan nilai produksi perikanan tangkap bulanan menurut "
        "jenis ikan dan tempat pendaratan dari catatan administrasi tempat pelelangan ikan, "
        "sebagai bahan statistik perikanan daerah dan perencanaan program bantuan nelayan.",
        "variabel": [
            ("Volume produksi ikan menurut jenis", "Bulanan", "Buku register pelelangan TPI"),
            ("Nilai produksi ikan", "Bulanan", "Buku register pelelangan TPI"),
            ("Jumlah trip penangkapan", "Bulanan", "Log book penangkapan ikan"),
            ("Jumlah kapal menurut ukuran GT", "Akhir tahun", "Database pas kecil dan SIPI"),
            ("Jumlah nelayan", "Akhir tahun", "Data kartu pelaku usaha kelautan dan perikanan"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "bulanan",
        "jenis_data": "Data administrasi produksi perikanan tangkap",
        "metode_pengumpulan": "Penyalinan dan rekapitulasi register lelang dari 4 TPI serta "
        "laporan bulanan penyuluh perikanan",
        "wilayah": ["1904"],
        "petugas": "staf",
        "pendidikan_petugas": "diploma",
        "jumlah_supervisor": 1,
        "jumlah_enumerator": 4,
        "pelatihan": True,
        "pengolahan": (True, True, False, True),
        "metode_analisis": "deskriptif",
        "unit_analisis": ["lainnya", "usaha"],
        "tingkat_penyajian": ["kabupaten_kota", "kecamatan"],
        "produk": (True, True),
        "pj_teknis": "Kepala Bidang Perikanan Tangkap",
    },
    "dukcapil-6371": {
        "judul": "Kompilasi Data Agregat Kependudukan per Kelurahan Kota Banjarmasin Tahun 2026",
        "tujuan": "Menyajikan data agregat jumlah penduduk menurut jenis kelamin, kelompok "
        "umur, agama, pendidikan dan pekerjaan per kelurahan berdasarkan database SIAK sebagai "
        "bahan perencanaan pembangunan dan penyusunan dokumen perencanaan daerah.",
        "variabel": [
            ("Jumlah penduduk menurut jenis kelamin", "Akhir semester", "Database SIAK"),
            ("Jumlah penduduk menurut kelompok umur", "Akhir semester", "Database SIAK"),
            ("Jumlah kepala keluarga", "Akhir semester", "Database SIAK"),
            ("Jumlah kelahiran yang dicatat", "Selama semester", "Register akta kelahiran"),
            ("Jumlah kematian yang dicatat", "Selama semester", "Register akta kematian"),
            ("Jumlah penduduk pindah datang", "Selama semester", "Register SKPWNI"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "semesteran",
        "jenis_data": "Data agregat kependudukan hasil pendaftaran penduduk dan pencatatan sipil",
        "metode_pengumpulan": "Penarikan data dari database SIAK dan rekapitulasi register "
        "pencatatan sipil",
        "wilayah": ["6371"],
        "petugas": "staf",
        "pendidikan_petugas": "sarjana",
        "jumlah_supervisor": 1,
        "jumlah_enumerator": 3,
        "pelatihan": False,
        "pengolahan": (True, False, True, True),
        "metode_analisis": "deskriptif",
        "unit_analisis": ["individu", "rumah_tangga"],
        "tingkat_penyajian": ["kabupaten_kota", "kecamatan", "lainnya"],
        "produk": (True, True),
        "pj_teknis": "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan",
    },
    "dinsos-1906": {
        "judul": "Kompilasi Data Penerima Bantuan Sosial Daerah Kabupaten Belitung Timur "
        "Tahun 2026",
        "tujuan": "Menghimpun data penerima bantuan sosial daerah menurut jenis bantuan dan "
        "desa untuk menghindari penerima ganda dan mendukung pemutakhiran data terpadu "
        "kesejahteraan sosial.",
        "variabel": [
            ("Jumlah keluarga penerima bantuan", "Triwulanan", "Daftar penerima bantuan"),
            ("Jenis bantuan yang diterima", "Triwulanan", "Berita acara penyaluran"),
            ("Nilai bantuan yang disalurkan", "Triwulanan", "Laporan realisasi anggaran"),
            ("Status dalam DTKS", "Saat pemutakhiran", "Aplikasi SIKS-NG"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "triwulanan",
        "jenis_data": "Data administrasi penyaluran bantuan sosial",
        "metode_pengumpulan": "Rekapitulasi berita acara penyaluran dan daftar penerima dari "
        "setiap desa",
        "wilayah": ["1906"],
        "petugas": "staf",
        "pendidikan_petugas": "sma",
        "jumlah_supervisor": 1,
        "jumlah_enumerator": 7,
        "pelatihan": True,
        "pengolahan": (True, True, False, True),
        "metode_analisis": "deskriptif",
        "unit_analisis": ["rumah_tangga"],
        "tingkat_penyajian": ["kabupaten_kota", "lainnya"],
        "produk": (False, True),
        "pj_teknis": "Kepala Bidang Perlindungan dan Jaminan Sosial",
    },
    "dinkes-7304": {
        "judul": "Kompilasi Data Pelayanan Kesehatan Ibu dan Anak Kabupaten Jeneponto Tahun 2026",
        "tujuan": "Menyusun data cakupan pelayanan kesehatan ibu hamil, persalinan, nifas, "
        "bayi dan balita per puskesmas dari laporan rutin sebagai dasar evaluasi program "
        "penurunan angka kematian ibu dan bayi serta stunting.",
        "variabel": [
            ("Jumlah kunjungan ibu hamil K1 dan K6", "Bulanan", "Register kohort ibu"),
            ("Persalinan di fasilitas kesehatan", "Bulanan", "Register persalinan puskesmas"),
            ("Jumlah bayi yang mendapat imunisasi dasar lengkap", "Bulanan", "Register imunisasi"),
            ("Jumlah balita ditimbang dan diukur", "Bulanan", "Aplikasi e-PPGBM"),
            ("Jumlah kematian ibu dan bayi", "Bulanan", "Laporan audit maternal perinatal"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "bulanan",
        "jenis_data": "Data laporan rutin program kesehatan keluarga",
        "metode_pengumpulan": "Rekapitulasi laporan bulanan 20 puskesmas dan penarikan data "
        "aplikasi e-PPGBM",
        "wilayah": ["7304"],
        "petugas": "staf",
        "pendidikan_petugas": "diploma",
        "jumlah_supervisor": 2,
        "jumlah_enumerator": 20,
        "pelatihan": True,
        "pengolahan": (True, True, True, True),
        "metode_analisis": "deskriptif",
        "unit_analisis": ["individu"],
        "tingkat_penyajian": ["kabupaten_kota", "kecamatan"],
        "produk": (True, True),
        "pj_teknis": "Kepala Bidang Kesehatan Masyarakat",
    },
    "pusdatin-kkp": {
        "judul": "Kompilasi Data Kapal Perikanan dan Alat Penangkapan Ikan di Wilayah "
        "Pengelolaan Perikanan Tahun 2026",
        "tujuan": "Menghimpun data jumlah kapal perikanan dan alat penangkapan ikan menurut "
        "ukuran dan pelabuhan pangkalan dari sistem perizinan sebagai dasar penetapan jumlah "
        "tangkapan yang diperbolehkan.",
        "variabel": [
            ("Jumlah kapal perikanan menurut ukuran GT", "Akhir triwulan", "Aplikasi perizinan"),
            ("Jenis alat penangkapan ikan", "Akhir triwulan", "Aplikasi perizinan"),
            ("Pelabuhan pangkalan kapal", "Akhir triwulan", "Data pas kecil pelabuhan"),
            ("Jumlah awak kapal", "Akhir triwulan", "Daftar awak kapal (crew list)"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "triwulanan",
        "jenis_data": "Data administrasi perizinan kapal perikanan",
        "metode_pengumpulan": "Penarikan data dari aplikasi perizinan dan verifikasi oleh "
        "dinas provinsi",
        "wilayah": ["19", "63", "73"],
        "petugas": "staf",
        "pendidikan_petugas": "sarjana",
        "jumlah_supervisor": 3,
        "jumlah_enumerator": 12,
        "pelatihan": True,
        "pengolahan": (True, True, True, True),
        "metode_analisis": "keduanya",
        "unit_analisis": ["lainnya"],
        "tingkat_penyajian": ["nasional", "provinsi"],
        "produk": (True, True),
        "pj_teknis": "Kepala Bidang Statistik",
    },
    "dispar-1906": {
        "judul": "Kompilasi Data Kunjungan Wisatawan dan Tingkat Hunian Akomodasi Kabupaten "
        "Belitung Timur Tahun 2026",
        "tujuan": "Menghimpun data jumlah kunjungan wisatawan ke objek wisata dan tingkat "
        "hunian kamar akomodasi setiap bulan dari laporan pengelola, sebagai indikator "
        "kinerja sektor pariwisata daerah.",
        "variabel": [
            (
                "Jumlah kunjungan wisatawan per objek wisata",
                "Bulanan",
                "Buku tamu dan tiket objek wisata",
            ),
            ("Jumlah tamu menginap", "Bulanan", "Laporan bulanan akomodasi"),
            ("Jumlah kamar terjual", "Bulanan", "Laporan bulanan akomodasi"),
            ("Asal wisatawan (nusantara/mancanegara)", "Bulanan", "Buku tamu akomodasi"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "bulanan",
        "jenis_data": "Data administrasi kunjungan wisata dan akomodasi",
        "metode_pengumpulan": "Rekapitulasi laporan bulanan pengelola objek wisata dan akomodasi",
        "wilayah": ["1906"],
        "petugas": "staf",
        "pendidikan_petugas": "diploma",
        "jumlah_supervisor": 1,
        "jumlah_enumerator": 5,
        "pelatihan": False,
        "pengolahan": (True, True, False, True),
        "metode_analisis": "deskriptif",
        "unit_analisis": ["individu", "usaha"],
        "tingkat_penyajian": ["kabupaten_kota"],
        "produk": (True, True),
        "pj_teknis": "Kepala Bidang Destinasi Pariwisata",
    },
    "distanhorbun-7304": {
        "judul": "Kompilasi Data Luas Tanam, Luas Panen dan Produksi Tanaman Pangan "
        "Kabupaten Jeneponto Tahun 2026",
        "tujuan": "Menghimpun laporan luas tanam, luas panen dan produksi tanaman pangan "
        "bulanan dari penyuluh pertanian di setiap kecamatan sebagai bahan perencanaan "
        "kebutuhan benih dan pupuk.",
        "variabel": [
            ("Luas tanam padi, jagung dan kedelai", "Bulanan", "Laporan SP tanaman pangan"),
            ("Luas panen", "Bulanan", "Laporan SP tanaman pangan"),
            ("Luas puso", "Bulanan", "Laporan SP tanaman pangan"),
            ("Produksi", "Bulanan", "Laporan penyuluh pertanian lapangan"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "bulanan",
        "jenis_data": "Data laporan rutin statistik pertanian tanaman pangan",
        "metode_pengumpulan": "Rekapitulasi laporan bulanan mantri tani dan penyuluh di "
        "11 kecamatan",
        "wilayah": ["7304"],
        "petugas": "staf",
        "pendidikan_petugas": "diploma",
        "jumlah_supervisor": 1,
        "jumlah_enumerator": 11,
        "pelatihan": True,
        "pengolahan": (True, True, True, True),
        "metode_analisis": "deskriptif",
        "unit_analisis": ["lainnya"],
        "tingkat_penyajian": ["kabupaten_kota", "kecamatan"],
        "produk": (True, True),
        "pj_teknis": "Kepala Seksi Data dan Informasi",
    },
    "pusdatin-naker": {
        "judul": "Kompilasi Data Penempatan Tenaga Kerja melalui Layanan Antarkerja Tahun 2026",
        "tujuan": "Menghimpun data pencari kerja terdaftar, lowongan kerja dan penempatan "
        "tenaga kerja dari sistem informasi ketenagakerjaan seluruh dinas kabupaten/kota "
        "sebagai bahan kebijakan perluasan kesempatan kerja.",
        "variabel": [
            ("Jumlah pencari kerja terdaftar", "Bulanan", "Sistem informasi ketenagakerjaan"),
            ("Jumlah lowongan kerja terdaftar", "Bulanan", "Sistem informasi ketenagakerjaan"),
            ("Jumlah penempatan tenaga kerja", "Bulanan", "Laporan dinas kabupaten/kota"),
        ],
        "pelaksanaan": "berulang",
        "frekuensi": "bulanan",
        "jenis_data": "Data administrasi layanan antarkerja",
        "metode_pengumpulan": "Penarikan data dari sistem informasi ketenagakerjaan",
        "petugas": "staf",
        "pendidikan_petugas": "sarjana",
        "jumlah_supervisor": 2,
        "jumlah_enumerator": 6,
        "pelatihan": False,
        "pengolahan": (True, False, True, True),
        "metode_analisis": "deskriptif",
        "unit_analisis": ["individu"],
        "tingkat_penyajian": ["nasional", "provinsi", "kabupaten_kota"],
        "produk": (False, True),
        "pj_teknis": "Koordinator Bidang Pengelolaan Data",
    },
}

# --------------------------------------------------------------------------- builders


def _field_of(agency: Agency) -> str:
    key = agency.key
    if key.startswith("dinkes"):
        return "health"
    if key.startswith(("diskan", "dkp", "pusdatin-kkp")):
        return "fisheries"
    if key.startswith(("distan", "pusdatin-pertanian")):
        return "agriculture"
    if key.startswith("disdik"):
        return "education"
    return "general"


def _staff(rng: random.Random, agency: Agency, *, head: bool) -> Person:
    return make_person(
        rng,
        region=agency.office,
        head=head,
        domain=agency.domain if agency.government_body else None,
        civil_servant=agency.government_body,
        field=_field_of(agency),
    )


def build_fs3(seed: int, doc_id: str, agency_key: str, *, faks: bool = True) -> Document:
    """A complete FS3 from its topic; recipes then inject their defects."""
    agency = AGENCIES[agency_key]
    topic = FS3_TOPICS[agency_key]
    rng = rng_for(seed, doc_id)
    head = _staff(rng, agency, head=True)
    manager = _staff(rng, agency, head=False)
    fields: dict[str, Any] = {"judul": topic["judul"], "tahun": YEAR}
    fields.update(_penyelenggara(rng, agency, faks=faks))
    pj_faks = fields.get("penyelenggara.faks")
    fields.update(_person_fields("penanggung_jawab", head, _head_title(agency), faks=pj_faks))
    fields.update(
        _person_fields("manajer", manager, topic["manajer"], alamat=agency.street),
    )
    fields["pelaksanaan"] = topic["pelaksanaan"]
    if topic["pelaksanaan"] == "berulang":
        fields["frekuensi"] = topic["frekuensi"]
    for key in ("tipe_pengumpulan", "tujuan", "cara_pengumpulan"):
        fields[key] = topic[key]
    fields["variabel"] = [{"nama": n, "referensi_waktu": r} for n, r in topic["variabel"]]
    if "wilayah" in topic:
        fields["cakupan_wilayah"] = "sebagian"
        fields["wilayah"] = sorted(topic["wilayah"])
    else:
        fields["cakupan_wilayah"] = "seluruh_indonesia"
    fields["metode_pengumpulan"] = sorted(topic["metode_pengumpulan"])
    if topic["cara_pengumpulan"] == "sampel":
        fields["metode_sampel"] = topic["metode_sampel"]
        fields["metode_pemilihan"] = topic["metode_pemilihan"]
    for key in (
        "uji_coba",
        "petugas",
        "pendidikan_petugas",
        "pelatihan",
        "jumlah_supervisor",
        "jumlah_enumerator",
    ):
        fields[key] = topic[key]
    if "vi" in topic and topic.get("metode_sampel") == "probabilitas":
        fields.update(topic["vi"])
    for key, value in zip(
        ("pengolahan.penyuntingan", "pengolahan.penyandian", "pengolahan.validasi"),
        topic["pengolahan"],
        strict=True,
    ):
        fields[key] = value
    fields["tingkat_estimasi"] = sorted(topic["tingkat_estimasi"])
    fields["metode_analisis"] = topic["metode_analisis"]
    for key, value in zip(
        ("produk.cetak", "produk.elektronik", "produk.makro", "produk.mikro"),
        topic["produk"],
        strict=True,
    ):
        fields[key] = value
    jadwal, release = _schedule(
        rng, ("perencanaan", "lapangan", "pengolahan", "analisis", "diseminasi")
    )
    fields.update(jadwal)
    fields["tanggal_rilis"] = release.isoformat()
    info = {
        "agency": agency.key,
        "signer": head,
        "manager": manager,
        "qbank": topic["qbank"],
        "city": agency.city,
        # The form is signed at the end, dated a few days before the cover letter.
        "signed": date(YEAR, 1, rng.randint(2, 9)).isoformat(),
    }
    return Document(doc_id, "fs3", fields, agency.office, info=info)


def build_fpkpa(seed: int, doc_id: str, agency_key: str, *, faks: bool = True) -> Document:
    """A complete FP-KPA from its topic."""
    agency = AGENCIES[agency_key]
    topic = FPKPA_TOPICS[agency_key]
    rng = rng_for(seed, doc_id)
    head = _staff(rng, agency, head=True)
    lead = _staff(rng, agency, head=False)
    fields: dict[str, Any] = {"judul": topic["judul"], "tahun": YEAR}
    fields.update(_penyelenggara(rng, agency, faks=faks))
    fields.update(
        _person_fields(
            "penanggung_jawab",
            head,
            _head_title(agency),
            alamat=agency.street,
            faks=fields.get("penyelenggara.faks"),
        )
    )
    fields.update(_person_fields("pj_teknis", lead, topic["pj_teknis"], alamat=agency.street))
    fields["tujuan"] = topic["tujuan"]
    jadwal, release = _schedule(
        rng,
        ("perencanaan", "pengumpulan", "pengolahan", "analisis", "diseminasi"),
        long_field=topic["frekuensi"] in ("bulanan", "triwulanan"),
    )
    fields.update(jadwal)
    fields["variabel"] = [
        {"nama": n, "referensi_waktu": r, "sumber": s} for n, r, s in topic["variabel"]
    ]
    fields["pelaksanaan"] = topic["pelaksanaan"]
    if topic["pelaksanaan"] == "berulang":
        fields["frekuensi"] = topic["frekuensi"]
    fields["jenis_data"] = topic["jenis_data"]
    fields["metode_pengumpulan"] = topic["metode_pengumpulan"]
    if "wilayah" in topic:
        fields["cakupan_wilayah"] = "sebagian"
        fields["wilayah"] = sorted(topic["wilayah"])
    else:
        fields["cakupan_wilayah"] = "seluruh_indonesia"
    for key in (
        "petugas",
        "pendidikan_petugas",
        "jumlah_supervisor",
        "jumlah_enumerator",
        "pelatihan",
    ):
        fields[key] = topic[key]
    for key, value in zip(
        (
            "pengolahan.penyuntingan",
            "pengolahan.entri_data",
            "pengolahan.penyandian",
            "pengolahan.validasi",
        ),
        topic["pengolahan"],
        strict=True,
    ):
        fields[key] = value
    fields["metode_analisis"] = topic["metode_analisis"]
    fields["unit_analisis"] = sorted(topic["unit_analisis"])
    fields["tingkat_penyajian"] = sorted(topic["tingkat_penyajian"])
    fields["produk.cetak"], fields["produk.elektronik"] = topic["produk"]
    fields["tanggal_rilis"] = release.isoformat()
    info = {
        "agency": agency.key,
        "signer": head,
        "manager": lead,
        "city": agency.city,
        "signed": date(YEAR, 1, rng.randint(2, 9)).isoformat(),
    }
    return Document(doc_id, "fp-kpa", fields, agency.office, info=info)


_PERIHAL = (
    "Permohonan Rekomendasi Kegiatan Statistik",
    "Permohonan Rekomendasi {judul}",
    "Pemberitahuan Penyelenggaraan {jenis}",
    "Penyampaian {form} {judul}",
)


def build_surat(
    seed: int,
    doc_id: str,
    form: Document,
    *,
    kepada: str | None = None,
    an_signer: bool = False,
    with_kuesioner: bool = True,
    perihal_style: int = 1,
    office: str | None = None,
) -> Document:
    """The cover letter that goes with ``form`` (an FS3 or FP-KPA)."""
    agency = AGENCIES[form.info["agency"]]
    rng = rng_for(seed, doc_id)
    signed = date.fromisoformat(form.info["signed"])
    when = signed + timedelta(days=rng.randint(2, 8))
    receiving = OFFICES[office or agency.office]
    is_fs3 = form.form_type == "fs3"
    judul = form.fields["judul"]
    perihal = _PERIHAL[perihal_style].format(
        judul=judul,
        jenis="Survei Statistik Sektoral" if is_fs3 else "Kompilasi Produk Administrasi",
        form="FS3" if is_fs3 else "FP-KPA",
    )
    signer: Person = form.info["signer"]
    jabatan = _head_title(agency)
    an_line = None
    if an_signer:
        # "a.n. Kepala Dinas ... / Sekretaris": the signer's own title is the jabatan.
        signer = _staff(rng, agency, head=True)
        an_line = f"a.n. {jabatan}"
        jabatan = "Sekretaris"
    fields: dict[str, Any] = {
        "nomor_surat": _letter_number(rng, agency, when),
        "tanggal_surat": when.isoformat(),
        "perihal": perihal,
        "instansi": agency.name,
        "kepada": kepada or receiving.addressee,
        "penandatangan.nama": signer.nama,
        "penandatangan.jabatan": jabatan,
    }
    defects = []
    if signer.nip is not None:
        fields["penandatangan.nip"] = signer.nip
    else:
        defects.append(
            Defect(
                "penandatangan.nip", "missing", "warning", "signer is not a civil servant: no NIP"
            )
        )
    form_name = (
        "Formulir Pemberitahuan Survei Statistik Sektoral (FS3)"
        if is_fs3
        else "Formulir Pemberitahuan Kompilasi Produk Administrasi (FP-KPA)"
    )
    attachments = [form_name]
    if is_fs3 and with_kuesioner:
        attachments.append(f"Kuesioner {judul}")
    contact: Person = form.info["manager"]
    body = [
        f"Dalam rangka penyelenggaraan {judul}, serta memperhatikan ketentuan Undang-Undang "
        "Nomor 16 Tahun 1997 tentang Statistik, Peraturan Pemerintah Nomor 51 Tahun 1999 "
        "tentang Penyelenggaraan Statistik dan Peraturan Presiden Nomor 39 Tahun 2019 "
        "tentang Satu Data Indonesia, bersama ini kami sampaikan rancangan kegiatan "
        "statistik tersebut untuk mendapatkan rekomendasi dari Badan Pusat Statistik.",
        "Sebagai bahan pemeriksaan, bersama ini kami lampirkan:",
    ]
    closing = [
        f"Untuk koordinasi lebih lanjut dapat menghubungi {contact.short} selaku "
        f"{'manajer survei' if is_fs3 else 'penanggung jawab teknis'} (telepon/WhatsApp "
        f"{_print_mobile(contact.telepon)}).",
        "Demikian kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan "
        "terima kasih.",
    ]
    info = {
        "agency": agency.key,
        "office_code": receiving.code,
        "city": agency.city,
        "addressee_city": receiving.addressee_city,
        "sifat": rng.choice(("Biasa", "Penting", "Segera")),
        "lampiran": f"{len(attachments)} ({_TERBILANG[len(attachments)]}) berkas",
        "body": body,
        "attachments": attachments,
        "closing": closing,
        "pangkat": signer.pangkat,
        "an_line": an_line,
        "tembusan": [f"{_bupati(agency)} (sebagai laporan)", "Arsip"],
        "signer": signer,
        "phone": form.fields.get("penyelenggara.telepon"),
        "fax": form.fields.get("penyelenggara.faks"),
        "email": agency.email,
        "website": agency.website,
        "postcode": agency.postcode,
        "street": agency.street,
        "judul": judul,
    }
    return Document(doc_id, "surat_pengantar", fields, receiving.code, defects, info=info)


_TERBILANG = {1: "satu", 2: "dua", 3: "tiga", 4: "empat"}


def _bupati(agency: Agency) -> str:
    if agency.government and agency.government[0].startswith("PEMERINTAH KOTA"):
        return "Wali Kota " + agency.government[0].removeprefix("PEMERINTAH KOTA ").title()
    if agency.government and agency.government[0].startswith("PEMERINTAH KABUPATEN"):
        return "Bupati " + agency.government[0].removeprefix("PEMERINTAH KABUPATEN ").title()
    if agency.government:
        return "Sekretaris Jenderal " + agency.government[0].title()
    return "Dewan Pembina Yayasan"


def _print_mobile(phone: str) -> str:
    national = "0" + phone.removeprefix("+62")
    return f"{national[:4]}-{national[4:8]}-{national[8:]}"


def build_kuesioner(seed: int, doc_id: str, form: Document) -> Document:
    """The questionnaire of an FS3 (detected, not extracted: no fields)."""
    rng = rng_for(seed, doc_id)
    info = {
        "agency": form.info["agency"],
        "judul": form.fields["judul"],
        "qbank": form.info["qbank"],
        "wilayah": form.fields.get("wilayah", []),
        "kode": f"{rng.choice(('SKM', 'KUES', 'Q'))}-{rng.randint(1, 9):02d}/{YEAR}",
    }
    return Document(doc_id, "kuesioner", {}, form.office, info=info)


def build_kak(seed: int, doc_id: str, form: Document) -> Document:
    """Terms of reference (KAK) often attached by agencies: form_type 'lainnya'."""
    rng = rng_for(seed, doc_id)
    info = {
        "agency": form.info["agency"],
        "judul": form.fields["judul"],
        "tujuan": form.fields.get("tujuan", ""),
        "jadwal": {k: v for k, v in form.fields.items() if k.startswith("jadwal.")},
        "anggaran": rng.randint(45, 180) * 500_000,
        "sampel": form.fields.get("jumlah_sampel"),
    }
    return Document(doc_id, "lainnya", {}, form.office, info=info)


# --------------------------------------------------------------------------- recipes

Recipe = Callable[[int, dict[str, Document]], Document]
RECIPES: dict[str, Recipe] = {}


def recipe(doc_id: str) -> Callable[[Recipe], Recipe]:
    def register(func: Recipe) -> Recipe:
        RECIPES[doc_id] = func
        return func

    return register


@recipe("fs3-1904-dinkes")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-1904-dinkes", "dinkes-1904")
    doc.summary = "complete FS3, probability sample (stratified, multi-stage), yearly"
    return doc


@recipe("fs3-1906-dispar")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-1906-dispar", "dispar-1906")
    doc.summary = "complete FS3, systematic one-stage sample, half-yearly, two collection methods"
    return doc


@recipe("fs3-7304-distan")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-7304-distan", "distanhorbun-7304")
    doc.summary = "complete FS3, cluster multi-stage sample, long agency name"
    return doc


@recipe("fs3-6371-disdag")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-6371-disdag", "disdagperin-6371")
    doc.summary = "complete FS3, weekly, PPS sample, longitudinal"
    return doc


@recipe("fs3-0000-pertanian")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-0000-pertanian", "pusdatin-pertanian")
    doc.summary = "complete FS3 of a ministry, three provinces (wilayah as province codes)"
    return doc


@recipe("fs3-1904-umkm-sensus")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-1904-umkm-sensus", "diskopumdag-1904", faks=False)
    doc.summary = (
        "complete FS3, census run once: no frekuensi, no sample method, no block VI, no fax"
    )
    return doc


@recipe("fs3-6371-dlh-nonprob")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-6371-dlh-nonprob", "dlh-6371")
    doc.flaw(
        "tingkat_estimasi",
        "inconsistent",
        "purposive (non-probability) sample claims kabupaten/kota-level estimates",
        severity="warning",
    )
    doc.summary = "non-probability (purposive) FS3 run once, no block VI; one warning"
    return doc


@recipe("fs3-1904-disdik-tanpa-email")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-1904-disdik-tanpa-email", "disdik-1904")
    doc.drop("penyelenggara.email", "organiser e-mail left empty")
    doc.drop("tujuan", "purpose of the survey (R.4.1) left empty")
    doc.summary = "FS3 with required fields left empty"
    return doc


@recipe("fs3-1906-bappeda-frekuensi")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-1906-bappeda-frekuensi", "bappelitbangda-1906")
    doc.fields["frekuensi"] = "tahunan"
    doc.flaw("frekuensi", "inconsistent", "frequency given although the survey runs once")
    doc.drop("wilayah", "coverage is 'sebagian' but no region is listed")
    doc.summary = "FS3 with conditional fields wrong: frekuensi with sekali, no wilayah"
    return doc


@recipe("fs3-7304-garam-metode")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-7304-garam-metode", "dkp-7304")
    doc.fields["metode_pemilihan"] = "kuota"
    doc.flaw(
        "metode_pemilihan",
        "inconsistent",
        "quota selection is non-probability but metode_sampel says probabilitas",
    )
    doc.fields["jumlah_supervisor"], doc.fields["jumlah_enumerator"] = 12, 9
    doc.flaw("jumlah_supervisor", "inconsistent", "12 supervisors for 9 enumerators")
    doc.summary = "FS3 with a sampling method of the wrong family and too many supervisors"
    return doc


@recipe("fs3-6371-dishub-jadwal")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-6371-dishub-jadwal", "dishub-6371")
    f = doc.fields
    start = date.fromisoformat(f["jadwal.lapangan.mulai"])
    f["jadwal.lapangan.selesai"] = (start - timedelta(days=20)).isoformat()
    doc.flaw("jadwal.lapangan.selesai", "inconsistent", "field work ends before it starts")
    end_analysis = date.fromisoformat(f["jadwal.analisis.selesai"])
    f["tanggal_rilis"] = (end_analysis - timedelta(days=9)).isoformat()
    doc.flaw("tanggal_rilis", "inconsistent", "release date before the end of analysis")
    f["tujuan"] = "Evaluasi"
    doc.flaw("tujuan", "unclear", "purpose is a single word")
    doc.summary = "FS3 with schedule out of order, early release and a one-word purpose"
    return doc


@recipe("fs3-0000-naker-peringatan")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-0000-naker-peringatan", "pusdatin-naker")
    f = doc.fields
    lapangan = date.fromisoformat(f["jadwal.lapangan.mulai"])
    f["jadwal.pengolahan.mulai"] = (lapangan - timedelta(days=7)).isoformat()
    doc.flaw(
        "jadwal.pengolahan.mulai",
        "inconsistent",
        "processing starts before field work starts",
        severity="warning",
    )
    doc.flaw("produk.cetak", "inconsistent", "no product is ticked", severity="warning")
    f["tahun"] = YEAR - 1
    doc.flaw("tahun", "inconsistent", "year 2025 but the schedule is in 2026", severity="warning")
    doc.summary = (
        "FS3 of a central body (no kabupaten/kota), all Indonesia, warnings only: "
        "stage order, no product, year"
    )
    return doc


@recipe("fs3-1904-dpmptsp")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-1904-dpmptsp", "dpmptsp-1904")
    doc.summary = "complete FS3, simple random sample, quarterly"
    return doc


@recipe("fs3-6371-dinkes-tanpa-manajer")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-6371-dinkes-tanpa-manajer", "dinkes-6371")
    doc.drop("manajer.email", "survey manager e-mail left empty")
    doc.drop("jumlah_enumerator", "number of enumerators left empty")
    doc.summary = "FS3 with the manager's e-mail and the number of enumerators left empty"
    return doc


@recipe("fs3-1906-diskan")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-1906-diskan", "diskan-1906")
    doc.summary = "complete FS3, household consumption survey"
    return doc


@recipe("fs3-7304-dinsos-blok6")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-7304-dinsos-blok6", "dinsos-7304")
    doc.fields.update(FS3_TOPICS["dinsos-7304"]["vi"])
    doc.flaw(
        "rancangan_sampel",
        "inconsistent",
        "block VI filled in for a non-probability (snowball) sample",
    )
    doc.summary = "non-probability FS3 that fills block VI anyway"
    return doc


@recipe("fs3-6371-yayasan")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fs3(seed, "fs3-6371-yayasan", "yayasan-6371", faks=False)
    doc.summary = "FS3 of a private foundation (accidental sample)"
    return doc


def _fpkpa(doc_id: str, agency: str, summary: str, *, faks: bool = True) -> Recipe:
    def make(seed: int, docs: dict[str, Document]) -> Document:
        doc = build_fpkpa(seed, doc_id, agency, faks=faks)
        doc.summary = summary
        return doc

    return make


RECIPES["fpkpa-1904-diskan"] = _fpkpa(
    "fpkpa-1904-diskan", "diskan-1904", "complete FP-KPA, monthly compilation"
)
RECIPES["fpkpa-6371-dukcapil"] = _fpkpa(
    "fpkpa-6371-dukcapil", "dukcapil-6371", "complete FP-KPA, half-yearly compilation"
)
RECIPES["fpkpa-0000-kkp"] = _fpkpa(
    "fpkpa-0000-kkp", "pusdatin-kkp", "complete FP-KPA of a ministry, three provinces"
)
RECIPES["fpkpa-1906-dispar"] = _fpkpa(
    "fpkpa-1906-dispar", "dispar-1906", "complete FP-KPA, monthly tourism compilation"
)
RECIPES["fpkpa-7304-distan"] = _fpkpa(
    "fpkpa-7304-distan", "distanhorbun-7304", "complete FP-KPA, monthly crop reports"
)
RECIPES["fpkpa-0000-naker"] = _fpkpa(
    "fpkpa-0000-naker",
    "pusdatin-naker",
    "complete FP-KPA of a central body (no kabupaten/kota), all Indonesia",
    faks=False,
)


@recipe("fpkpa-1906-dinsos-tanpa")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fpkpa(seed, "fpkpa-1906-dinsos-tanpa", "dinsos-1906")
    doc.drop("pj_teknis.email", "technical lead e-mail left empty")
    doc.drop("frekuensi", "compilation is 'berulang' but no frequency is given")
    doc.drop("unit_analisis", "unit of analysis left empty")
    doc.summary = "FP-KPA with required fields left empty (frekuensi although berulang)"
    return doc


@recipe("fpkpa-7304-dinkes-jadwal")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_fpkpa(seed, "fpkpa-7304-dinkes-jadwal", "dinkes-7304")
    f = doc.fields
    start = date.fromisoformat(f["jadwal.pengumpulan.mulai"])
    f["jadwal.pengumpulan.selesai"] = (start - timedelta(days=31)).isoformat()
    doc.flaw("jadwal.pengumpulan.selesai", "inconsistent", "collection ends before it starts")
    end_analysis = date.fromisoformat(f["jadwal.analisis.selesai"])
    f["tanggal_rilis"] = (end_analysis - timedelta(days=14)).isoformat()
    doc.flaw("tanggal_rilis", "inconsistent", "release date before the end of analysis")
    doc.summary = "FP-KPA with schedule errors"
    return doc


def _letter(
    doc_id: str,
    form_id: str,
    summary: str,
    **kwargs: Any,
) -> Recipe:
    def make(seed: int, docs: dict[str, Document]) -> Document:
        doc = build_surat(seed, doc_id, docs[form_id], **kwargs)
        doc.summary = summary
        return doc

    return make


RECIPES["sp-1904-dinkes"] = _letter(
    "sp-1904-dinkes", "fs3-1904-dinkes", "complete cover letter for an FS3"
)
RECIPES["sp-1906-dispar"] = _letter(
    "sp-1906-dispar",
    "fs3-1906-dispar",
    "cover letter signed 'a.n.' by the secretary (jabatan is the signer's own title)",
    an_signer=True,
    perihal_style=0,
)
RECIPES["sp-7304-distan"] = _letter(
    "sp-7304-distan",
    "fs3-7304-distan",
    "cover letter addressed to the provincial head, as BPS Jeneponto asks (seed 002)",
    perihal_style=2,
)
RECIPES["sp-0000-pertanian"] = _letter(
    "sp-0000-pertanian",
    "fs3-0000-pertanian",
    "ministry cover letter to the Direktur Diseminasi Statistik",
    perihal_style=3,
)
RECIPES["sp-1904-diskan"] = _letter(
    "sp-1904-diskan", "fpkpa-1904-diskan", "complete cover letter for an FP-KPA", perihal_style=2
)
RECIPES["sp-1906-dispar-fpkpa"] = _letter(
    "sp-1906-dispar-fpkpa",
    "fpkpa-1906-dispar",
    "complete cover letter for an FP-KPA",
    perihal_style=3,
)
RECIPES["sp-6371-yayasan"] = _letter(
    "sp-6371-yayasan",
    "fs3-6371-yayasan",
    "letter of a private foundation: no NIP (warning)",
    with_kuesioner=False,
)
RECIPES["sp-6371-dlh-salah-kantor"] = _letter(
    "sp-6371-dlh-salah-kantor",
    "fs3-6371-dlh-nonprob",
    "cover letter addressed to BPS Bangka Tengah for a Banjarmasin survey",
    kepada="Kepala BPS Kabupaten Bangka Tengah",
    perihal_style=1,
)


@recipe("sp-6371-disdag-nip-salah")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_surat(seed, "sp-6371-disdag-nip-salah", docs["fs3-6371-disdag"], perihal_style=1)
    nip = doc.fields["penandatangan.nip"]
    # One digit lost while typing: 17 digits, printed with the usual spaces.
    printed = f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[16:]}"
    doc.fields["penandatangan.nip"] = printed
    doc.info["nip_printed"] = printed
    doc.flaw(
        "penandatangan.nip", "malformed", "NIP has 17 digits; kept as printed", severity="warning"
    )
    doc.summary = "cover letter with a malformed (17-digit) NIP"
    return doc


@recipe("sp-6371-dukcapil-tanpa-nip")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_surat(seed, "sp-6371-dukcapil-tanpa-nip", docs["fpkpa-6371-dukcapil"])
    doc.drop("penandatangan.nip", "signature block has no NIP", severity="warning")
    doc.summary = "cover letter without NIP under the signature (warning)"
    return doc


@recipe("sp-1906-bappeda-tanpa-nomor")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_surat(seed, "sp-1906-bappeda-tanpa-nomor", docs["fs3-1906-bappeda-frekuensi"])
    doc.drop("nomor_surat", "letter number left blank ('Nomor : ......')")
    doc.summary = "cover letter with a blank letter number"
    return doc


def _kuesioner(doc_id: str, form_id: str) -> Recipe:
    def make(seed: int, docs: dict[str, Document]) -> Document:
        doc = build_kuesioner(seed, doc_id, docs[form_id])
        doc.summary = "questionnaire (detected, not extracted)"
        return doc

    return make


RECIPES["kq-1904-dinkes"] = _kuesioner("kq-1904-dinkes", "fs3-1904-dinkes")
RECIPES["kq-1906-dispar"] = _kuesioner("kq-1906-dispar", "fs3-1906-dispar")
RECIPES["kq-6371-dlh"] = _kuesioner("kq-6371-dlh", "fs3-6371-dlh-nonprob")
RECIPES["kq-7304-garam"] = _kuesioner("kq-7304-garam", "fs3-7304-garam-metode")
RECIPES["kq-7304-distan"] = _kuesioner("kq-7304-distan", "fs3-7304-distan")


@recipe("kak-1904-dinkes")
def _(seed: int, docs: dict[str, Document]) -> Document:
    doc = build_kak(seed, "kak-1904-dinkes", docs["fs3-1904-dinkes"])
    doc.summary = "terms of reference (KAK): form_type lainnya, mentions title, dates, budget"
    return doc


def build_documents(seed: int) -> dict[str, Document]:
    """Every ground-truth document of the corpus, by id (recipes run in order)."""
    docs: dict[str, Document] = {}
    for doc_id, make in RECIPES.items():
        docs[doc_id] = make(seed, docs)
    for doc in docs.values():
        _check_block_vi(doc)
    return docs


def _check_block_vi(doc: Document) -> None:
    """Guard the recipes: block VI only with a probability sample unless declared."""
    if doc.form_type != "fs3":
        return
    has_vi = any(key in doc.fields for key in FS3_BLOCK_VI)
    probability = doc.fields.get("metode_sampel") == "probabilitas"
    declared = any(d.field == "rancangan_sampel" for d in doc.defects)
    if has_vi != probability and not declared:
        raise AssertionError(f"{doc.doc_id}: block VI does not match metode_sampel")
