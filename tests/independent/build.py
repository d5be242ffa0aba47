"""Build the held-out set: independently made FS3, FP-KPA and cover letters with expected fields.

Nothing here imports ``samples/``: the content (:mod:`.content`), label wordings
(:mod:`.scripts`) and layouts (:mod:`.render`) were written apart from the generator the
extractor was tuned on, as other offices and other form versions would make them. The
documents were added in waves, each measured before the extractor was changed for it
(docs/extraction.md, "Independent forms").

    .venv/bin/python -m tests.independent.build OUT_DIR   # write the files and print accuracy
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.independent import content as C
from tests.independent import render as R
from tests.independent.scripts import (
    fpkpa_script,
    fs3_script,
    num_alpha,
    num_code,
    num_none,
    num_outline,
    num_plain,
    num_r,
    num_roman,
)

FS3_TITLES = ("FORMULIR PEMBERITAHUAN", "SURVEI STATISTIK SEKTORAL (FS3)")


@dataclass(frozen=True, slots=True)
class HeldOut:
    """One held-out document: how to make it, its form type and expected fields."""

    name: str
    form_type: str
    make: Callable[[Path], None]
    fields: dict[str, Any]
    #: Rule ids a check must report (planted defects); empty = the document is complete.
    rules: tuple[str, ...] = ()
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _sign(place_date: str, title: str, name: str, nip: str) -> list[str]:
    return [place_date, title, name, nip]


# --- cover letters ----------------------------------------------------------------------

LETTER_SLEMAN = [
    ("kop", "PEMERINTAH KABUPATEN SLEMAN"),
    ("kop", "DINAS KESEHATAN"),
    ("kop-small", "Jalan Dr. Rajimin, Sucen, Triharjo, Sleman 55514, Telepon (0274) 868409"),
    ("kop-small", "Laman dinkes.slemankab.go.id, Surel dinkes@slemankab.go.id"),
    ("rule", ""),
    ("right", "Sleman, 12 Januari 2026"),
    ("blank", ""),
    ("field", "Nomor\t440/0127/Dinkes-P2P/I/2026"),
    ("field", "Sifat\tBiasa"),
    ("field", "Lampiran\t2 (dua) berkas"),
    ("field", "Hal\tPermohonan Rekomendasi Kegiatan Statistik Survei"),
    ("field", "\tPerilaku Hidup Bersih dan Sehat Tahun 2026"),
    ("blank", ""),
    ("left", "Kepada"),
    ("left", "Yth. Kepala Badan Pusat Statistik Kabupaten Sleman"),
    ("left", "di -"),
    ("indent", "SLEMAN"),
    ("blank", ""),
    (
        "indent",
        "Dalam rangka penyusunan perencanaan program promosi kesehatan, Dinas Kesehatan "
        "Kabupaten Sleman akan melaksanakan Survei Perilaku Hidup Bersih dan Sehat (PHBS) "
        "Tatanan Rumah Tangga pada bulan Maret sampai dengan April 2026.",
    ),
    (
        "indent",
        "Bersama ini kami sampaikan Formulir Pemberitahuan Survei Statistik Sektoral (FS3) "
        "beserta kuesioner untuk mendapatkan rekomendasi kegiatan statistik.",
    ),
    (
        "indent",
        "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak, kami "
        "ucapkan terima kasih.",
    ),
    ("blank", ""),
    ("right", "KEPALA DINAS KESEHATAN"),
    ("right", "KABUPATEN SLEMAN,"),
    ("blank", ""),
    ("blank", ""),
    ("blank", ""),
    ("right", "dr. CAHYA PURNAMA, M.Kes."),
    ("right", "Pembina Utama Muda (IV/c)"),
    ("right", "NIP 19721105 200003 1 004"),
]
LETTER_SLEMAN_FIELDS = {
    "nomor_surat": "440/0127/Dinkes-P2P/I/2026",
    "tanggal_surat": "2026-01-12",
    "perihal": "Permohonan Rekomendasi Kegiatan Statistik Survei Perilaku Hidup Bersih dan "
    "Sehat Tahun 2026",
    "instansi": "Dinas Kesehatan Kabupaten Sleman",
    "kepada": "Kepala Badan Pusat Statistik Kabupaten Sleman",
    "penandatangan.nama": "dr. CAHYA PURNAMA, M.Kes.",
    "penandatangan.jabatan": "KEPALA DINAS KESEHATAN KABUPATEN SLEMAN",
    "penandatangan.nip": "197211052000031004",
}

LETTER_KEMENTAN = [
    ("kop", "KEMENTERIAN PERTANIAN REPUBLIK INDONESIA"),
    ("kop", "DIREKTORAT JENDERAL PERKEBUNAN"),
    ("kop-small", "Jalan Harsono RM Nomor 3, Gedung C, Ragunan, Jakarta Selatan 12550"),
    ("kop-small", "Telepon (021) 7815380, Faksimile (021) 7815586"),
    ("rule", ""),
    ("field-date", "Nomor\tB-211/DL.010/E.1/01/2026\tJakarta, 20 Januari 2026"),
    ("field", "Lampiran\tSatu berkas"),
    ("field", "Perihal\tPenyampaian Formulir FP-KPA Kompilasi Data Luas Tanam"),
    ("field", "\tdan Produksi Tanaman Perkebunan Rakyat 2026"),
    ("blank", ""),
    ("left", "Kepada Yth."),
    ("left", "Direktur Diseminasi Statistik"),
    ("left", "Badan Pusat Statistik"),
    ("left", "di Jakarta"),
    ("blank", ""),
    (
        "left",
        "Sehubungan dengan rencana kompilasi data luas tanam dan produksi tanaman perkebunan "
        "rakyat tahun 2026, bersama ini kami sampaikan Formulir Pemberitahuan Kompilasi Produk "
        "Administrasi (FP-KPA) untuk memperoleh rekomendasi.",
    ),
    ("left", "Atas perhatian dan kerja sama Saudara, kami ucapkan terima kasih."),
    ("blank", ""),
    ("right", "a.n. Direktur Jenderal Perkebunan"),
    ("right", "Sekretaris Direktorat Jenderal,"),
    ("blank", ""),
    ("blank", ""),
    ("right", "Dr. Ir. Bambang Sugiharto, M.Sc."),
    ("right", "NIP 196804121994031002"),
    ("blank", ""),
    ("left", "Tembusan:"),
    ("left", "1. Direktur Jenderal Perkebunan (sebagai laporan)"),
]
LETTER_KEMENTAN_FIELDS = {
    "nomor_surat": "B-211/DL.010/E.1/01/2026",
    "tanggal_surat": "2026-01-20",
    "perihal": "Penyampaian Formulir FP-KPA Kompilasi Data Luas Tanam dan Produksi Tanaman "
    "Perkebunan Rakyat 2026",
    "instansi": "Direktorat Jenderal Perkebunan, Kementerian Pertanian",
    "kepada": "Direktur Diseminasi Statistik Badan Pusat Statistik",
    "penandatangan.nama": "Dr. Ir. Bambang Sugiharto, M.Sc.",
    "penandatangan.jabatan": "Sekretaris Direktorat Jenderal",
    "penandatangan.nip": "196804121994031002",
}

LETTER_PONTIANAK = [
    ("kop", "PEMERINTAH KOTA PONTIANAK"),
    ("kop", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"),
    ("kop-small", "Jalan Letjen Sutoyo Nomor 9 Pontianak 78121 Telepon (0561) 734712"),
    ("rule", ""),
    ("right", "Pontianak, 9 Februari 2026"),
    ("field", "Nomor\t470/312/Disdukcapil-C/2026"),
    ("field", "Sifat\tPenting"),
    ("field", "Lampiran\t1 (satu) set"),
    ("field", "Perihal\tPenyampaian FP-KPA dan Permohonan Rekomendasi Statistik"),
    ("blank", ""),
    ("left", "Kepada"),
    ("left", "Yth. Kepala BPS Kota Pontianak"),
    ("left", "di -"),
    ("indent", "Pontianak"),
    ("blank", ""),
    (
        "indent",
        "Bersama ini kami sampaikan formulir pemberitahuan kompilasi data pelayanan "
        "administrasi kependudukan Kota Pontianak tahun 2026 untuk dapat diperiksa dan "
        "diberikan rekomendasi.",
    ),
    ("indent", "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih."),
    ("blank", ""),
    ("right", "Kepala Dinas Kependudukan dan"),
    ("right", "Pencatatan Sipil Kota Pontianak,"),
    ("blank", ""),
    ("blank", ""),
    ("right", "Erma Suryani, S.Sos., M.Si."),
    ("right", "Pembina Tk. I"),
    ("right", "NIP. 19760514 199803 2 006"),
]
LETTER_PONTIANAK_FIELDS = {
    "nomor_surat": "470/312/Disdukcapil-C/2026",
    "tanggal_surat": "2026-02-09",
    "perihal": "Penyampaian FP-KPA dan Permohonan Rekomendasi Statistik",
    "instansi": "Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak",
    "kepada": "Kepala BPS Kota Pontianak",
    "penandatangan.nama": "Erma Suryani, S.Sos., M.Si.",
    "penandatangan.jabatan": "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak",
    "penandatangan.nip": "197605141998032006",
}

LETTER_BALI = [
    ("kop", "PEMERINTAH PROVINSI BALI"),
    ("kop", "DINAS PARIWISATA"),
    ("kop-small", "Jalan S. Parman, Niti Mandala Renon, Denpasar 80235"),
    ("kop-small", "Telepon (0361) 222387, Faksimile (0361) 226313, Laman disparda.baliprov.go.id"),
    ("rule", ""),
    ("right", "Denpasar, 3 Februari 2026"),
    ("field", "Nomor\t000.9.2/1045/Disparda"),
    ("field", "Sifat\tSegera"),
    ("field", "Lampiran\t-"),
    ("field", "Hal\tPermohonan Rekomendasi Survei Kepuasan Wisatawan Nusantara"),
    ("blank", ""),
    ("left", "Yth."),
    ("left", "Kepala Badan Pusat Statistik Provinsi Bali"),
    ("left", "di Denpasar"),
    ("blank", ""),
    ("left", "Dengan hormat,"),
    (
        "indent",
        "Bersama ini kami sampaikan Formulir FS3 Survei Kepuasan Wisatawan Nusantara di "
        "Destinasi Unggulan Bali 2026 beserta kuesionernya. Mohon kiranya dapat diberikan "
        "rekomendasi kegiatan statistik.",
    ),
    ("indent", "Demikian kami sampaikan. Atas perhatian Bapak/Ibu diucapkan terima kasih."),
    ("blank", ""),
    ("right", "Plt. Kepala Dinas Pariwisata"),
    ("right", "Provinsi Bali,"),
    ("blank", ""),
    ("blank", ""),
    ("right", "Ni Made Suartini, S.Par., M.Si."),
    ("right", "Pembina Tingkat I (IV/b)"),
    ("right", "NIP 19790830 200501 2 011"),
]
LETTER_BALI_FIELDS = {
    "nomor_surat": "000.9.2/1045/Disparda",
    "tanggal_surat": "2026-02-03",
    "perihal": "Permohonan Rekomendasi Survei Kepuasan Wisatawan Nusantara",
    "instansi": "Dinas Pariwisata Provinsi Bali",
    "kepada": "Kepala Badan Pusat Statistik Provinsi Bali",
    "penandatangan.nama": "Ni Made Suartini, S.Par., M.Si.",
    "penandatangan.jabatan": "Plt. Kepala Dinas Pariwisata Provinsi Bali",
    "penandatangan.nip": "197908302005012011",
}

KUESIONER_SLEMAN = [
    ("kop", "KUESIONER SURVEI PHBS TATANAN RUMAH TANGGA 2026"),
    ("kop-small", "Dinas Kesehatan Kabupaten Sleman - RAHASIA"),
    ("blank", ""),
    ("left", "BLOK I. KETERANGAN TEMPAT"),
    ("left", "1. Kapanewon : ...................."),
    ("left", "2. Kalurahan : ...................."),
    ("left", "3. Padukuhan : ...................."),
    ("left", "BLOK II. KETERANGAN RUMAH TANGGA"),
    ("left", "4. Apakah persalinan terakhir ditolong tenaga kesehatan? 1. Ya 2. Tidak"),
    ("left", "5. Apakah bayi diberi ASI eksklusif? 1. Ya 2. Tidak"),
    ("left", "6. Sumber air minum utama rumah tangga: ...................."),
    ("left", "7. Apakah anggota rumah tangga mencuci tangan pakai sabun? 1. Ya 2. Tidak"),
    ("left", "8. Apakah rumah tangga menggunakan jamban sehat? 1. Ya 2. Tidak"),
    ("left", "9. Apakah ada anggota rumah tangga yang merokok di dalam rumah? 1. Ya 2. Tidak"),
]


LETTER_BANYUMAS = [
    ("kop", "PEMERINTAH KABUPATEN BANYUMAS"),
    ("kop", "DINAS PERTANIAN DAN KETAHANAN PANGAN"),
    ("kop-small", "Jalan Prof. Dr. Soeharso Nomor 45 Purwokerto 53114"),
    ("kop-small", "Telepon (0281) 635012, Pos-el dinpertan@banyumaskab.go.id"),
    ("rule", ""),
    ("pair", "\tPurwokerto, 6 Januari 2026"),
    ("blank", ""),
    ("field-right", "Nomor\t500.6/021/2026\tKepada"),
    ("field-right", "Sifat\tBiasa\tYth. Kepala BPS Kabupaten Banyumas"),
    ("field-right", "Lampiran\t1 (satu) bendel\tdi -"),
    ("field-right", "Perihal\tPermohonan Rekomendasi\t      PURWOKERTO"),
    ("field", "\tKompilasi Data Harga Produsen"),
    ("field", "\tGabah dan Beras"),
    ("blank", ""),
    (
        "indent",
        "Dalam rangka pemantauan harga pangan di Kabupaten Banyumas, bersama ini kami "
        "sampaikan Formulir Pemberitahuan Kompilasi Produk Administrasi (FP-KPA) kegiatan "
        "Kompilasi Data Harga Produsen Gabah dan Beras Tahun 2026 untuk mendapatkan "
        "rekomendasi.",
    ),
    ("indent", "Demikian atas perhatiannya kami sampaikan terima kasih."),
    ("blank", ""),
    ("right", "a.n. BUPATI BANYUMAS"),
    ("right", "Kepala Dinas Pertanian dan"),
    ("right", "Ketahanan Pangan,"),
    ("blank", ""),
    ("blank", ""),
    ("right", "Ir. JOKO WIYONO, M.P."),
    ("right", "Pembina Utama Muda"),
    ("right", "NIP. 19680723 199403 1 005"),
]
LETTER_BANYUMAS_FIELDS = {
    "nomor_surat": "500.6/021/2026",
    "tanggal_surat": "2026-01-06",
    "perihal": "Permohonan Rekomendasi Kompilasi Data Harga Produsen Gabah dan Beras",
    "instansi": "Dinas Pertanian dan Ketahanan Pangan Kabupaten Banyumas",
    "kepada": "Kepala BPS Kabupaten Banyumas",
    "penandatangan.nama": "Ir. JOKO WIYONO, M.P.",
    "penandatangan.jabatan": "Kepala Dinas Pertanian dan Ketahanan Pangan",
    "penandatangan.nip": "196807231994031005",
}

LETTER_PADANG = [
    ("kop", "PEMERINTAH KOTA PADANG"),
    ("kop", "DINAS PERDAGANGAN"),
    ("kop-small", "Jl. Bagindo Aziz Chan No. 1 Aie Pacah, Telp. (0751) 4640800"),
    ("rule", ""),
    ("right", "Padang, 5 Januari 2026"),
    ("field", "Nomor\t510/045/Disdag-PDG/I/2026"),
    ("field", "Lampiran\t2 berkas"),
    ("field", "Hal\tPemberitahuan Sensus Pedagang Pasar Rakyat Kota Padang 2026"),
    ("blank", ""),
    ("left", "Kepada Yth."),
    ("left", "Kepala Badan Pusat Statistik Kota Padang"),
    ("left", "di"),
    ("left", "Padang"),
    ("blank", ""),
    (
        "indent",
        "Sehubungan dengan rencana pelaksanaan Sensus Pedagang Pasar Rakyat Kota Padang "
        "2026, bersama ini kami sampaikan Formulir FS3 dan kuesioner untuk diperiksa.",
    ),
    (
        "indent",
        "Demikian kami sampaikan, atas kerja sama yang baik kami ucapkan terima kasih.",
    ),
    ("blank", ""),
    ("right", "a.n. WALI KOTA PADANG"),
    ("right", "KEPALA DINAS PERDAGANGAN,"),
    ("blank", ""),
    ("right", "Ir. YUDI HENDRAWAN, M.M."),
    ("right", "Pembina Utama Muda (IV/c)"),
    ("right", "NIP 19700219 199603 1 002"),
    ("blank", ""),
    ("left", "Tembusan Yth.:"),
    ("left", "1. Wali Kota Padang (sebagai laporan);"),
    ("left", "2. Arsip."),
]
LETTER_PADANG_FIELDS = {
    "nomor_surat": "510/045/Disdag-PDG/I/2026",
    "tanggal_surat": "2026-01-05",
    "perihal": "Pemberitahuan Sensus Pedagang Pasar Rakyat Kota Padang 2026",
    "instansi": "Dinas Perdagangan Kota Padang",
    "kepada": "Kepala Badan Pusat Statistik Kota Padang",
    "penandatangan.nama": "Ir. YUDI HENDRAWAN, M.M.",
    "penandatangan.jabatan": "KEPALA DINAS PERDAGANGAN",
    "penandatangan.nip": "197002191996031002",
}


LETTER_SLEMAN_TWOCOL = [
    ("kop", "PEMERINTAH KABUPATEN SLEMAN"),
    ("kop", "DINAS KESEHATAN"),
    ("kop-small", "Jalan Dr. Rajimin, Sucen, Triharjo, Sleman 55514, Telepon (0274) 868409"),
    ("rule", ""),
    (
        "twocol",
        "Nomor : 440/0127/Dinkes-P2P/I/2026|Sifat : Biasa|Lampiran : 2 (dua) berkas"
        "|Hal : Permohonan Rekomendasi Survei PHBS"
        "\tSleman, 12 Januari 2026||Kepada|Yth. Kepala Badan Pusat Statistik|"
        "Kabupaten Sleman|di Sleman",
    ),
    ("blank", ""),
    *[
        line
        for line in LETTER_SLEMAN
        if line[1].startswith(("Dalam rangka", "Bersama", "Demikian"))
    ],
    ("blank", ""),
    ("right", "KEPALA DINAS KESEHATAN"),
    ("right", "KABUPATEN SLEMAN,"),
    ("blank", ""),
    ("right", "dr. CAHYA PURNAMA, M.Kes."),
    ("right", "Pembina Utama Muda (IV/c)"),
    ("right", "NIP 19721105 200003 1 004"),
]
LETTER_SLEMAN_TWOCOL_FIELDS = {
    **LETTER_SLEMAN_FIELDS,
    "perihal": "Permohonan Rekomendasi Survei PHBS",
    "kepada": "Kepala Badan Pusat Statistik Kabupaten Sleman",
}


LETTER_BPBD = [
    ("kop", "BADAN PENANGGULANGAN BENCANA DAERAH KOTA PADANG"),
    ("kop-small", "Jl. Ujung Gurun No. 7, Padang Barat, Telp. (0751) 7051234"),
    ("rule", ""),
    ("right", "Padang, 05 Maret 2026"),
    ("field", "No.\t360/088/BPBD-PDG/III/2026"),
    ("field", "Lamp.\t1 (satu) eksemplar"),
    ("field", "Perihal\tPermohonan Rekomendasi Survei Kesiapsiagaan"),
    ("field", "\tRumah Tangga Menghadapi Bencana"),
    ("blank", ""),
    ("left", "Kepada Yth."),
    ("left", "Kepala BPS Kota Padang"),
    ("left", "di -"),
    ("indent", "Tempat"),
    ("blank", ""),
    (
        "indent",
        "Sehubungan dengan rencana Survei Kesiapsiagaan Rumah Tangga Menghadapi Bencana di "
        "Kota Padang, bersama ini kami sampaikan formulir FS3 beserta kuesioner.",
    ),
    ("indent", "Demikian disampaikan."),
    ("blank", ""),
    ("right", "Hormat kami,"),
    ("right", "Kepala Pelaksana BPBD Kota Padang,"),
    ("blank", ""),
    ("blank", ""),
    ("right", "Drs. Hendri Zulviton, M.Si."),
    ("right", "Pembina Tk. I (IV/b)"),
    ("right", "NIP. 19730606 199803 1 004"),
]
LETTER_BPBD_FIELDS = {
    "nomor_surat": "360/088/BPBD-PDG/III/2026",
    "tanggal_surat": "2026-03-05",
    "perihal": "Permohonan Rekomendasi Survei Kesiapsiagaan Rumah Tangga Menghadapi Bencana",
    "instansi": "Badan Penanggulangan Bencana Daerah Kota Padang",
    "kepada": "Kepala BPS Kota Padang",
    "penandatangan.nama": "Drs. Hendri Zulviton, M.Si.",
    "penandatangan.jabatan": "Kepala Pelaksana BPBD Kota Padang",
    "penandatangan.nip": "197306061998031004",
}

LETTER_SETDA = [
    ("kop", "PEMERINTAH KOTA PONTIANAK"),
    ("kop", "SEKRETARIAT DAERAH"),
    ("kop-small", "Jalan Rahadi Usman Nomor 3 Pontianak 78111"),
    ("rule", ""),
    ("left", "Nomor : 000.9/412/Org-B    Pontianak, 2 Maret 2026"),
    ("left", "Sifat : Biasa"),
    ("left", "Lampiran : 1 (satu) berkas"),
    ("left", "Hal : Rekomendasi Survei Indeks Kepuasan Masyarakat 2026"),
    ("blank", ""),
    ("left", "Yth. Kepala Badan Pusat Statistik Kota Pontianak"),
    ("left", "di Pontianak"),
    ("blank", ""),
    (
        "indent",
        "Bersama ini kami sampaikan Formulir Pemberitahuan Survei Statistik Sektoral (FS3) "
        "Survei Indeks Kepuasan Masyarakat terhadap Pelayanan Publik Kota Pontianak 2026.",
    ),
    ("indent", "Demikian, atas perhatian Saudara diucapkan terima kasih."),
    ("blank", ""),
    ("right", "a.n. WALI KOTA PONTIANAK"),
    ("right", "SEKRETARIS DAERAH"),
    ("right", "u.b."),
    ("right", "ASISTEN ADMINISTRASI UMUM,"),
    ("blank", ""),
    ("right", "Dr. H. MULYADI, M.Si."),
    ("right", "Pembina Utama Muda"),
    ("right", "NIP 19690217 199303 1 008"),
]
LETTER_SETDA_FIELDS = {
    "nomor_surat": "000.9/412/Org-B",
    "tanggal_surat": "2026-03-02",
    "perihal": "Rekomendasi Survei Indeks Kepuasan Masyarakat 2026",
    "instansi": "Sekretariat Daerah Kota Pontianak",
    "kepada": "Kepala Badan Pusat Statistik Kota Pontianak",
    "penandatangan.nama": "Dr. H. MULYADI, M.Si.",
    "penandatangan.jabatan": "ASISTEN ADMINISTRASI UMUM",
    "penandatangan.nip": "196902171993031008",
}

# Eighth wave: the date at the bottom above the signature, the addressee on the right.
LETTER_AGAM = [
    ("kop", "PEMERINTAH KABUPATEN AGAM"),
    ("kop", "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN"),
    ("kop", "DAN PENGEMBANGAN DAERAH"),
    ("kop-small", "Jalan Sudirman No. 17 Lubuk Basung, Telepon (0752) 76125"),
    ("rule", ""),
    ("field", "Nomor\t050/118/Bappelitbangda-AG/2026"),
    ("field", "Lampiran\t1 (satu) set"),
    ("field", "Perihal\tMohon Rekomendasi Survei Kepuasan Petani"),
    ("field", "\tterhadap Layanan Penyuluhan Pertanian"),
    ("blank", ""),
    ("right", "Kepada Yth."),
    ("right", "Kepala BPS Kabupaten Agam"),
    ("right", "di -"),
    ("right", "     Lubuk Basung"),
    ("blank", ""),
    (
        "indent",
        "Bersama ini kami mohon rekomendasi atas rencana Survei Kepuasan Petani terhadap "
        "Layanan Penyuluhan Pertanian yang akan dilaksanakan pada bulan Mei 2026. Sebagai "
        "bahan pertimbangan, terlampir Formulir FS3 dan daftar pertanyaan yang digunakan.",
    ),
    ("indent", "Atas bantuan Bapak/Ibu, kami sampaikan terima kasih."),
    ("blank", ""),
    ("right", "Lubuk Basung, 19 Februari 2026"),
    ("right", "KEPALA BADAN,"),
    ("blank", ""),
    ("blank", ""),
    ("right", "Drs. AFRIZAL DT. BANDARO, M.Si."),
    ("right", "NIP. 19711009 199703 1 003"),
]
LETTER_AGAM_FIELDS = {
    "nomor_surat": "050/118/Bappelitbangda-AG/2026",
    "tanggal_surat": "2026-02-19",
    "perihal": "Mohon Rekomendasi Survei Kepuasan Petani terhadap Layanan Penyuluhan Pertanian",
    "instansi": "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten Agam",
    "kepada": "Kepala BPS Kabupaten Agam",
    "penandatangan.nama": "Drs. AFRIZAL DT. BANDARO, M.Si.",
    "penandatangan.jabatan": "KEPALA BADAN",
    "penandatangan.nip": "197110091997031003",
}

# Ninth wave: a Word letter with the date and addressee at the top right, before the
# Nomor block.
LETTER_DKP = [
    ("kop", "PEMERINTAH PROVINSI NUSA TENGGARA BARAT"),
    ("kop", "DINAS KELAUTAN DAN PERIKANAN"),
    ("kop-small", "Jl. Majapahit No. 29 Mataram 83127, Telp. (0370) 622574"),
    ("rule", ""),
    ("right", "Mataram, 27 Januari 2026"),
    ("blank", ""),
    ("right", "Kepada"),
    ("right", "Yth. Kepala Badan Pusat Statistik"),
    ("right", "Provinsi Nusa Tenggara Barat"),
    ("right", "di"),
    ("right", "Mataram"),
    ("blank", ""),
    ("field", "Nomor\t523/087/DKP/2026"),
    ("field", "Sifat\tPenting"),
    ("field", "Lampiran\t1 (satu) berkas"),
    ("field", "Hal\tPenyampaian FP-KPA Kompilasi Data Produksi Perikanan Tangkap 2026"),
    ("blank", ""),
    (
        "indent",
        "Menindaklanjuti ketentuan penyelenggaraan statistik sektoral, bersama ini kami "
        "sampaikan Formulir Pemberitahuan Kompilasi Produk Administrasi (FP-KPA) kegiatan "
        "kompilasi data produksi perikanan tangkap tahun 2026 untuk mendapatkan rekomendasi.",
    ),
    ("indent", "Demikian disampaikan, atas perhatiannya diucapkan terima kasih."),
    ("blank", ""),
    ("right", "Kepala Dinas Kelautan dan Perikanan"),
    ("right", "Provinsi Nusa Tenggara Barat,"),
    ("blank", ""),
    ("blank", ""),
    ("right", "Muslim, S.T., M.Si."),
    ("right", "Pembina Utama Muda"),
    ("right", "NIP 19720314 199803 1 007"),
]
LETTER_DKP_FIELDS = {
    "nomor_surat": "523/087/DKP/2026",
    "tanggal_surat": "2026-01-27",
    "perihal": "Penyampaian FP-KPA Kompilasi Data Produksi Perikanan Tangkap 2026",
    "instansi": "Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Barat",
    "kepada": "Kepala Badan Pusat Statistik Provinsi Nusa Tenggara Barat",
    "penandatangan.nama": "Muslim, S.T., M.Si.",
    "penandatangan.jabatan": "Kepala Dinas Kelautan dan Perikanan Provinsi Nusa Tenggara Barat",
    "penandatangan.nip": "197203141998031007",
}

# Tenth wave: Nomor/Sifat/Lampiran/Perihal in a ruled table, the addressee centred on the
# page, a.n. Bupati above the signer's title.
LETTER_GOWA = [
    ("kop", "PEMERINTAH KABUPATEN GOWA"),
    ("kop", "DINAS KETAHANAN PANGAN"),
    ("kop-small", "Jalan Masjid Raya Nomor 30 Sungguminasa 92111, Telepon (0411) 861547"),
    ("kop-small", "Pos-el dkp@gowakab.go.id"),
    ("rule", ""),
    ("right", "Sungguminasa, 16 Februari 2026"),
    ("blank", ""),
    ("cell", "Nomor\t520/146/DKP-KKP/II/2026"),
    ("cell", "Sifat\tBiasa"),
    ("cell", "Lampiran\t2 (dua) rangkap"),
    ("cell", "Perihal\tPermohonan Rekomendasi Survei Ketahanan Pangan Rumah Tangga Tahun 2026"),
    ("blank", ""),
    ("center", "Kepada Yth."),
    ("center", "Kepala Badan Pusat Statistik Kabupaten Gowa"),
    ("center", "di -"),
    ("center", "Sungguminasa"),
    ("blank", ""),
    ("left", "Dengan hormat,"),
    (
        "indent",
        "Dalam rangka penyusunan Peta Ketahanan dan Kerentanan Pangan Kabupaten Gowa, Dinas "
        "Ketahanan Pangan akan melaksanakan Survei Ketahanan Pangan Rumah Tangga pada bulan "
        "Maret sampai dengan April 2026. Bersama ini kami sampaikan Formulir Pemberitahuan "
        "Survei Statistik Sektoral (FS3) dan kuesioner survei untuk mendapatkan rekomendasi.",
    ),
    ("indent", "Demikian disampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih."),
    ("blank", ""),
    ("right", "a.n. BUPATI GOWA"),
    ("right", "Kepala Dinas Ketahanan Pangan,"),
    ("blank", ""),
    ("blank", ""),
    ("blank", ""),
    ("right", "Ir. Andi Sulaiman Mappe, M.Si."),
    ("right", "Pembina Tingkat I (IV/b)"),
    ("right", "NIP 19740612 200212 1 009"),
    ("blank", ""),
    ("left", "Tembusan:"),
    ("left", "1. Bupati Gowa (sebagai laporan);"),
    ("left", "2. Kepala Bappeda Kabupaten Gowa."),
]
LETTER_GOWA_FIELDS = {
    "nomor_surat": "520/146/DKP-KKP/II/2026",
    "tanggal_surat": "2026-02-16",
    "perihal": "Permohonan Rekomendasi Survei Ketahanan Pangan Rumah Tangga Tahun 2026",
    "instansi": "Dinas Ketahanan Pangan Kabupaten Gowa",
    "kepada": "Kepala Badan Pusat Statistik Kabupaten Gowa",
    "penandatangan.nama": "Ir. Andi Sulaiman Mappe, M.Si.",
    "penandatangan.jabatan": "Kepala Dinas Ketahanan Pangan",
    "penandatangan.nip": "197406122002121009",
}


# Eleventh wave: the letterhead beside an emblem; the Nomor..Hal block and the date with
# the addressee side by side in two columns; a tembusan list.
LETTER_SUMSEL_KOP = [
    "PEMERINTAH PROVINSI SUMATERA SELATAN",
    "DINAS ENERGI DAN SUMBER DAYA MINERAL",
    "Jalan Angkatan 45 Nomor 2440 Lorok Pakjo, Palembang 30137",
    "Telepon (0711) 352374, Faksimile (0711) 356015, Pos-el dinasesdm@sumselprov.go.id",
]
LETTER_SUMSEL_LEFT = [
    ("Nomor", "500.10.2/0073/ESDM/2026"),
    ("Sifat", "Biasa"),
    ("Lampiran", "1 (satu) berkas"),
    (
        "Hal",
        "Permohonan Rekomendasi Kegiatan Kompilasi Data Produksi dan Penjualan Batubara Tahun 2026",
    ),
]
LETTER_SUMSEL_RIGHT = [
    "Palembang, 14 Januari 2026",
    "",
    "Kepada",
    "Yth. Kepala BPS Provinsi",
    "Sumatera Selatan",
    "di -",
    "Palembang",
]
LETTER_SUMSEL_BODY = [
    "Dalam rangka penyelenggaraan statistik sektoral sesuai Peraturan Presiden Nomor 39 "
    "Tahun 2019 tentang Satu Data Indonesia, Dinas Energi dan Sumber Daya Mineral Provinsi "
    "Sumatera Selatan akan melaksanakan Kompilasi Data Produksi dan Penjualan Batubara "
    "Tahun 2026 di Kabupaten Muara Enim, Lahat dan Musi Banyuasin.",
    "Sehubungan dengan hal tersebut, bersama ini kami sampaikan Formulir Pemberitahuan "
    "Kompilasi Produk Administrasi (FP-KPA) untuk dapat diperiksa dan diberikan "
    "rekomendasi kegiatan statistik.",
    "Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.",
]
LETTER_SUMSEL_SIGN = [
    "Kepala Dinas Energi dan Sumber Daya Mineral",
    "Provinsi Sumatera Selatan,",
    "Ir. HENDRIANSYAH SAPUTRA, M.T.",
    "Pembina Utama Muda (IV/c)",
    "NIP 19700926 199503 1 002",
]
LETTER_SUMSEL_TEMBUSAN = [
    "Tembusan:",
    "1. Gubernur Sumatera Selatan (sebagai laporan);",
    "2. Kepala Bappeda Provinsi Sumatera Selatan;",
    "3. Arsip.",
]
LETTER_SUMSEL_FIELDS = {
    "nomor_surat": "500.10.2/0073/ESDM/2026",
    "tanggal_surat": "2026-01-14",
    "perihal": "Permohonan Rekomendasi Kegiatan Kompilasi Data Produksi dan Penjualan Batubara "
    "Tahun 2026",
    "instansi": "Dinas Energi dan Sumber Daya Mineral Provinsi Sumatera Selatan",
    "kepada": "Kepala BPS Provinsi Sumatera Selatan",
    "penandatangan.nama": "Ir. HENDRIANSYAH SAPUTRA, M.T.",
    "penandatangan.jabatan": "Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Sumatera "
    "Selatan",
    "penandatangan.nip": "197009261995031002",
}

_SATUAN = {
    "Produksi batubara": "Ton",
    "Penjualan batubara domestik": "Ton",
    "Penjualan batubara ekspor": "Ton",
    "Stok batubara akhir bulan": "Ton",
    "Jumlah tenaga kerja tambang": "Orang",
}


# Twelfth wave: a state university's research institute writing to a regency office
# "u.p." a section head, the signature block alone on a second page.
LETTER_UNEJ = [
    ("kop", "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI"),
    ("kop", "UNIVERSITAS JEMBER"),
    ("kop", "LEMBAGA PENELITIAN DAN PENGABDIAN KEPADA MASYARAKAT"),
    ("kop-small", "Jalan Kalimantan Nomor 37 Kampus Tegalboto, Jember 68121"),
    ("kop-small", "Telepon (0331) 337818, 339385, Laman lppm.unej.ac.id, Pos-el lppm@unej.ac.id"),
    ("rule", ""),
    ("field-date", "Nomor\t1184/UN25.3.1/PM/2026\t23 Februari 2026"),
    ("field", "Lampiran\t2 (dua) berkas"),
    ("field", "Perihal\tPermohonan Rekomendasi Survei Statistik Sektoral"),
    ("field", "\tSurvei Pola Konsumsi Pangan Keluarga Petani Kopi"),
    ("blank", ""),
    ("left", "Yth. Kepala Badan Pusat Statistik Kabupaten Jember"),
    ("left", "u.p. Ketua Tim Integrasi Pengolahan dan Diseminasi Statistik"),
    ("left", "Jalan Cendrawasih Nomor 20"),
    ("left", "Jember"),
    ("blank", ""),
    ("left", "Dengan hormat,"),
    (
        "indent",
        "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas Jember, "
        "bekerja sama dengan Pemerintah Kabupaten Jember melalui skema penelitian kemitraan "
        "daerah, merencanakan Survei Pola Konsumsi Pangan Keluarga Petani Kopi di wilayah "
        "lereng Argopuro dan Raung. Survei ini akan mencakup rumah tangga petani kopi di "
        "tujuh kecamatan dan dilaksanakan pada bulan April sampai dengan Juni 2026.",
    ),
    (
        "indent",
        "Hasil survei akan digunakan sebagai bahan penyusunan kebijakan diversifikasi pangan "
        "dan pendampingan gizi keluarga petani oleh perangkat daerah terkait, serta sebagai "
        "data dasar penelitian dosen dan mahasiswa pada program studi di lingkungan "
        "Universitas Jember.",
    ),
    (
        "indent",
        "Sesuai dengan ketentuan Undang-Undang Nomor 16 Tahun 1997 tentang Statistik dan "
        "Peraturan Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia, bersama ini kami "
        "sampaikan Formulir Pemberitahuan Survei Statistik Sektoral (FS3) beserta kuesioner "
        "survei untuk diperiksa dan mendapatkan rekomendasi kegiatan statistik dari Badan "
        "Pusat Statistik Kabupaten Jember.",
    ),
    (
        "indent",
        "Untuk koordinasi teknis lebih lanjut, Bapak/Ibu dapat menghubungi ketua tim peneliti, "
        "Dr. Ratna Wulandari, S.P., M.Si., melalui telepon 0812-3490-7715 atau pos-el "
        "ratna.wulandari@unej.ac.id.",
    ),
    (
        "indent",
        "Besar harapan kami atas dukungan dan pendampingan Bapak/Ibu dalam penyelenggaraan "
        "survei ini. Atas perhatian dan kerja sama yang baik, kami sampaikan terima kasih.",
    ),
    ("break", "- 2 -"),
    ("right", "Ketua,"),
    ("blank", ""),
    ("blank", ""),
    ("blank", ""),
    ("right", "Prof. Dr. Ir. Bambang Kuswandi, M.Agr."),
    ("right", "NIP 196711151993031002"),
    ("blank", ""),
    ("left", "Tembusan:"),
    ("left", "1. Rektor Universitas Jember;"),
    ("left", "2. Kepala Bappeda Kabupaten Jember."),
]
LETTER_UNEJ_FIELDS = {
    "nomor_surat": "1184/UN25.3.1/PM/2026",
    "tanggal_surat": "2026-02-23",
    "perihal": "Permohonan Rekomendasi Survei Statistik Sektoral Survei Pola Konsumsi Pangan "
    "Keluarga Petani Kopi",
    "instansi": "Lembaga Penelitian dan Pengabdian kepada Masyarakat Universitas Jember",
    "kepada": "Kepala Badan Pusat Statistik Kabupaten Jember",
    "penandatangan.nama": "Prof. Dr. Ir. Bambang Kuswandi, M.Agr.",
    "penandatangan.jabatan": "Ketua",
    "penandatangan.nip": "196711151993031002",
}


def _caps(script: list[Any]) -> list[Any]:
    """The script with every label (not the values) in capitals."""
    return [
        (*item[:2], item[2].upper(), *item[3:])
        if item[0] in ("head", "text", "opts", "table", "jadwal")
        else item
        for item in script
    ]


def _persons_side_by_side(script: list[Any], heads: tuple[str, str]) -> list[Any]:
    """Block II's two persons as one table: a row per detail, a column per person."""
    out: list[Any] = []
    k = 0
    while k < len(script):
        item = script[k]
        if item[0] == "head" and item[2] == heads[0]:
            second = next(j for j in range(k + 1, len(script)) if script[j][2:3] == (heads[1],))
            first_rows = script[k + 1 : second]
            end = second + 1 + len(first_rows)
            rows = [
                (a[2], [a[3], b[3]])
                for a, b in zip(first_rows, script[second + 1 : end], strict=True)
            ]
            out.append(("persons", item[1], heads, rows))
            k = end
            continue
        out.append(item)
        k += 1
    return out


def _yes_no(script: list[Any], label: str, yes: str) -> list[Any]:
    """The option list ``label`` asked as a question: Ya (the option ``yes``) or Tidak."""
    out = []
    for item in script:
        if item[0] == "opts" and item[2] == label:
            chosen = dict(item[3])[yes]
            item = (*item[:3], [("Ya", chosen), ("Tidak", not chosen)])
        out.append(item)
    return out


def _with_column(script: list[Any], title: str, at: int, value: Callable[[str], str]) -> list[Any]:
    """The script with one more column in its variable table (a definition, a unit)."""
    out = []
    for item in script:
        if item[0] == "table":
            kind, number, label, header, rows = item
            header = (*header[:at], title, *header[at:])
            rows = [(*row[: at - 1], value(row[0]), *row[at - 1 :]) for row in rows]
            item = (kind, number, label, header, rows)
        out.append(item)
    return out


def _reorder_table(script: list[Any], order: tuple[int, ...], header: tuple[str, ...]) -> list[Any]:
    """The variable table with its value columns in ``order`` (indices into a row) under
    the new ``header`` (which starts with the number column)."""
    out = []
    for item in script:
        if item[0] == "table":
            kind, number, label, _, rows = item
            item = (kind, number, label, header, [tuple(row[k] for k in order) for row in rows])
        out.append(item)
    return out


def _break_value(script: list[Any], label: str, after: int) -> list[Any]:
    """The script with the value of ``label`` running onto the next page after ``after`` lines."""
    return [(*item, after) if item[0] == "text" and item[2] == label else item for item in script]


_COMMODITIES = (
    "Kelapa sawit",
    "Karet",
    "Kelapa",
    "Kopi",
    "Kakao",
    "Teh",
    "Tebu",
    "Cengkeh",
    "Lada",
)
_CROPS = ("Luas areal", "Luas panen", "Produksi", "Produktivitas", "Jumlah petani", "Harga")
#: The all-Indonesia compilation with a long variable table (it runs over a page break).
FPKPA_KEMENTAN_LONG = {
    **C.FPKPA_KEMENTAN,
    "variabel": (
        None,
        [
            {
                "nama": f"{what} {crop.lower()}",
                "referensi_waktu": "Triwulan",
                "sumber": "Laporan SIPERIBUN",
            }
            for crop in _COMMODITIES
            for what in _CROPS
        ],
    ),
}


def _pdf(script: Callable[[], list[Any]], **kw: Any) -> Callable[[Path], None]:
    return lambda path: R.render_pdf_colon(script(), path, **kw)


def held_out() -> list[HeldOut]:
    """The held-out documents (files are made by ``make(path)``)."""
    from tests.independent.wave13 import documents as _wave13
    from tests.independent.wave14 import documents as _wave14
    from tests.independent.wave15 import documents as _wave15
    from tests.independent.wave16 import documents as _wave16
    from tests.independent.wave17 import documents as _wave17
    from tests.independent.wave18 import documents as _wave18
    from tests.independent.wave19 import documents as _wave19
    from tests.independent.wave20 import documents as _wave20

    sleman_sign = _sign(
        "Sleman, 12 Januari 2026",
        "Kepala Dinas Kesehatan,",
        "dr. Cahya Purnama, M.Kes.",
        "NIP 19721105 200003 1 004",
    )
    padang_sign = _sign(
        "Padang, 5 Januari 2026",
        "Kepala Dinas,",
        "Ir. Yudi Hendrawan, M.M.",
        "NIP 19700219 199603 1 002",
    )
    bali_sign = _sign(
        "Denpasar, 3 Februari 2026",
        "Plt. Kepala Dinas Pariwisata Provinsi Bali,",
        "Ni Made Suartini, S.Par., M.Si.",
        "NIP 19790830 200501 2 011",
    )
    ptk_sign = _sign(
        "Pontianak, 9 Februari 2026",
        "Kepala Dinas,",
        "Erma Suryani, S.Sos., M.Si.",
        "NIP. 19760514 199803 2 006",
    )
    kementan_sign = _sign(
        "Jakarta, 20 Januari 2026",
        "Sekretaris Direktorat Jenderal Perkebunan,",
        "Dr. Ir. Bambang Sugiharto, M.Sc.",
        "NIP 196804121994031002",
    )
    bms_sign = _sign(
        "Purwokerto, 6 Januari 2026",
        "Kepala Dinas,",
        "Ir. Joko Wiyono, M.P.",
        "NIP 19680723 199403 1 005",
    )

    bpn_sign = _sign(
        "Balikpapan, 21 Januari 2026",
        "Kepala Dinas Lingkungan Hidup Kota Balikpapan,",
        "Ir. Hasanudin Marzuki, M.T.",
        "NIP 19700504 199603 1 005",
    )
    bpn_titles = ("FORMULIR PEMBERITAHUAN SURVEI STATISTIK SEKTORAL (FS3)", "Kota Balikpapan")
    pkl_sign = _sign(
        "Pekalongan, 27 Januari 2026",
        "Kepala Dinas Perdagangan, Koperasi dan UKM,",
        "Drs. Sri Budi Santoso, M.M.",
        "NIP 19681122 199403 1 007",
    )
    bm_sign = _sign(
        "Jakarta, 15 Januari 2026",
        "Direktur Sistem dan Strategi Penyelenggaraan Jalan dan Jembatan,",
        "Ir. Wahyu Adi Nugraha, M.Eng.",
        "NIP 19720918 199803 1 004",
    )
    bm_titles = (
        "KEMENTERIAN PEKERJAAN UMUM",
        "FORMULIR PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI",
        "(FP-KPA)",
    )

    def fs3(
        c: C.Shown, style: str, num: Any, sign: list[str], titles: tuple[str, ...] = FS3_TITLES
    ) -> Callable[[], list[Any]]:
        return lambda: fs3_script(c, style, num, titles=titles, signer=sign)

    def fpkpa(
        c: C.Shown, style: str, num: Any, sign: list[str], titles: tuple[str, ...]
    ) -> Callable[[], list[Any]]:
        return lambda: fpkpa_script(c, style, num, titles=titles, signer=sign)

    kpa_titles = ("FORMULIR PEMBERITAHUAN", "KOMPILASI PRODUK ADMINISTRASI (FP-KPA)")
    gowa_sign = _sign(
        "Sungguminasa, 16 Februari 2026",
        "Kepala Dinas Ketahanan Pangan,",
        "Ir. Andi Sulaiman Mappe, M.Si.",
        "NIP 19740612 200212 1 009",
    )
    gowa_titles = (
        "FORMULIR PEMBERITAHUAN SURVEI STATISTIK SEKTORAL",
        "(FS3 - Isian Perangkat Daerah)",
    )
    kaltim_sign = _sign(
        "Samarinda, 26 Januari 2026",
        "Kepala Dinas Perhubungan,",
        "Drs. Yusliando Rahman, M.M.",
        "NIP. 19700811 199203 1 006",
    )
    kaltim_titles = ("FS3", "PEMBERITAHUAN PENYELENGGARAAN SURVEI STATISTIK SEKTORAL")
    sby_sign = _sign(
        "Surabaya, 8 Januari 2026",
        "Kepala Dinas Lingkungan Hidup Kota Surabaya,",
        "Ir. Agus Hebi Djuniantoro, M.T.",
        "NIP 19690623 199503 1 004",
    )
    sby_titles = ("FORMULIR FP-KPA", "PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI")
    bdg_sign = _sign(
        "Bandung, 12 Januari 2026",
        "Kepala Dinas Perhubungan,",
        "Rasdian Setiadi, S.T., M.T.",
        "NIP 19750308 200112 1 003",
    )
    bdg_titles = ("FORMULIR PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI (FP-KPA)",)
    bwi_sign = _sign(
        "Banyuwangi, 19 Januari 2026",
        "Kepala Dinas Koperasi, Usaha Mikro dan Perdagangan,",
        "Drs. Bagus Setiawan Wicaksono, M.Si.",
        "NIP 19710415 199803 1 006",
    )
    bwi_titles = ("FORMULIR FS3", "PEMBERITAHUAN SURVEI STATISTIK SEKTORAL")
    kpg_sign = _sign(
        "Kupang, 16 Februari 2026",
        "Kepala Dinas Sosial Kota Kupang,",
        "Yosef Benyamin Manafe, S.Sos., M.Si.",
        "NIP 19740309 200003 1 004",
    )
    sda_sign = _sign(
        "Sidoarjo, 8 Januari 2026",
        "Kepala Dinas Pendidikan dan Kebudayaan,",
        "Dr. Tirto Adi Nugroho, M.Pd.",
        "NIP 19690714 199303 1 008",
    )
    sda_titles = ("FP-KPA", "FORMULIR PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI")
    sms_sign = _sign(
        "Palembang, 14 Januari 2026",
        "Kepala Dinas ESDM Provinsi Sumatera Selatan,",
        "Ir. Hendriansyah Saputra, M.T.",
        "NIP 19700926 199503 1 002",
    )
    return [
        HeldOut(
            "fs3-sleman-colon-circle.pdf",
            "fs3",
            _pdf(fs3(C.FS3_SLEMAN, "prov", num_plain, sleman_sign), options="circle"),
            C.expected(C.FS3_SLEMAN),
            note="one column, numbers 1.1, codes circled, provincial wordings",
        ),
        HeldOut(
            "fs3-padang-table-check.pdf",
            "fs3",
            lambda p: R.render_pdf_table(
                fs3(
                    C.FS3_PADANG,
                    "kota",
                    num_none,
                    padang_sign,
                    ("PEMBERITAHUAN RENCANA SURVEI STATISTIK SEKTORAL", "Formulir FS3"),
                )(),
                p,
                on="☑",
                off="☐",
            ),
            C.expected(C.FS3_PADANG),
            note="table No|Uraian|Isian, no numbers, ☑/☐ one option a line, short wordings",
        ),
        HeldOut(
            "fs3-bali-word-table.docx",
            "fs3",
            lambda p: R.render_docx(
                fs3(C.FS3_BALI, "word", num_r, bali_sign)(), p, mode="table", marker="unicode"
            ),
            C.expected(C.FS3_BALI),
            rules=("FS3-R5-11",),
            note="Word table with ☒/☐, R. numbers; more supervisors than enumerators",
        ),
        HeldOut(
            "fs3-padang-word-colon.docx",
            "fs3",
            lambda p: R.render_docx(
                fs3(C.FS3_PADANG, "prov", num_alpha, padang_sign)(),
                p,
                mode="colon",
                marker="wingdings",
            ),
            C.expected(C.FS3_PADANG),
            note="Word tab-aligned colon lines, items lettered a., Wingdings checkboxes",
        ),
        HeldOut(
            "fpkpa-pontianak-colon-text.pdf",
            "fp-kpa",
            _pdf(
                fpkpa(C.FPKPA_PONTIANAK, "colon", num_alpha, ptk_sign, kpa_titles), options="text"
            ),
            C.expected(C.FPKPA_PONTIANAK),
            note="one column, items lettered, chosen options written out",
        ),
        HeldOut(
            "fpkpa-kementan-table-x.pdf",
            "fp-kpa",
            lambda p: R.render_pdf_table(
                fpkpa(
                    C.FPKPA_KEMENTAN,
                    "table",
                    num_plain,
                    kementan_sign,
                    ("FORMULIR PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI", "(FP-KPA)"),
                )(),
                p,
                on="[X]",
                off="[ ]",
            ),
            C.expected(C.FPKPA_KEMENTAN),
            note="table, numbers 1.1, [X]/[ ] one option a line, other wordings",
        ),
        HeldOut(
            "fpkpa-banyumas-word-colon.docx",
            "fp-kpa",
            lambda p: R.render_docx(
                fpkpa(C.FPKPA_BANYUMAS, "word", num_r, bms_sign, kpa_titles)(),
                p,
                mode="colon",
                marker="wingdings",
            ),
            C.expected(C.FPKPA_BANYUMAS),
            rules=("FPKPA-B7-06",),
            note="Word colon lines, Wingdings boxes; release before the end of analysis",
        ),
        HeldOut(
            "fpkpa-banyumas-circle.pdf",
            "fp-kpa",
            _pdf(fpkpa(C.FPKPA_BANYUMAS, "table", num_r, bms_sign, kpa_titles), options="circle"),
            C.expected(C.FPKPA_BANYUMAS),
            rules=("FPKPA-B7-06",),
            note="one column with R. numbers and circled codes, table wordings",
        ),
        HeldOut(
            "surat-sleman-kop.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_pdf(LETTER_SLEMAN, p),
            LETTER_SLEMAN_FIELDS,
            note="kabupaten letterhead, Sifat/Lampiran/Hal, wrapped Hal, capitals signature",
        ),
        HeldOut(
            "surat-kementan-an.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_pdf(LETTER_KEMENTAN, p),
            LETTER_KEMENTAN_FIELDS,
            note="ministry letterhead, date on the Nomor line, a.n., NIP without spaces, no rank",
        ),
        HeldOut(
            "surat-pontianak.docx",
            "surat_pengantar",
            lambda p: R.render_letter_docx(LETTER_PONTIANAK, p),
            LETTER_PONTIANAK_FIELDS,
            note="Word letter, fields in a table, title over two lines, rank without (IV/x)",
        ),
        HeldOut(
            "surat-bali-plt.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_pdf(LETTER_BALI, p),
            LETTER_BALI_FIELDS,
            note="provincial letterhead, Yth. alone on its line, Plt. signer",
        ),
        # Second wave, made after the first was measured and fixed (read before fixing).
        HeldOut(
            "fs3-sleman-range-xbox.pdf",
            "fs3",
            lambda p: R.render_pdf_colon(
                _with_column(
                    fs3(
                        C.FS3_SLEMAN,
                        "word",
                        num_r,
                        sleman_sign,
                        ("FORMULIR FS-3", "PEMBERITAHUAN SURVEI STATISTIK SEKTORAL"),
                    )(),
                    "Definisi",
                    2,
                    lambda nama: f"Keterangan tentang {nama.lower()} menurut pedoman",
                ),
                p,
                options="xbox",
                jadwal="range",
            ),
            C.expected(C.FS3_SLEMAN),
            note="one column, [X]/[ ], a definition column in the variable table, "
            "schedule as 'stage : d1 s.d. d2' lines",
        ),
        HeldOut(
            "fpkpa-pontianak-word-table.docx",
            "fp-kpa",
            lambda p: R.render_docx(
                _with_column(
                    fpkpa(C.FPKPA_PONTIANAK, "table", num_plain, ptk_sign, kpa_titles)(),
                    "Satuan",
                    2,
                    lambda nama: "dokumen",
                ),
                p,
                mode="table",
                marker="unicode",
            ),
            C.expected(C.FPKPA_PONTIANAK),
            note="Word table, ☒/☐, a unit column in the variable table",
        ),
        HeldOut(
            "surat-banyumas-indented.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_pdf(LETTER_BANYUMAS, p),
            LETTER_BANYUMAS_FIELDS,
            note="indented layout: addressee beside Nomor/Sifat/Lampiran/Perihal, a.n. with "
            "a title over two lines",
        ),
        HeldOut(
            "surat-padang-header.docx",
            "surat_pengantar",
            lambda p: R.render_letter_docx(LETTER_PADANG, p, kop_in_header=True),
            LETTER_PADANG_FIELDS,
            note="Word letter with the letterhead in the page header, a.n. Wali Kota, tembusan",
        ),
        # Third wave: long values and tables over page breaks (read before fixing).
        HeldOut(
            "fpkpa-kementan-long-table.pdf",
            "fp-kpa",
            lambda p: R.render_pdf_table(
                fpkpa(FPKPA_KEMENTAN_LONG, "colon", num_plain, kementan_sign, kpa_titles)(),
                p,
                on="☑",
                off="☐",
            ),
            C.expected(FPKPA_KEMENTAN_LONG),
            note="table, 54 variables over a page break with the header row repeated",
        ),
        HeldOut(
            "fs3-bali-colon-pagebreak.pdf",
            "fs3",
            lambda p: R.render_pdf_colon(
                _break_value(fs3(C.FS3_BALI, "kota", num_plain, bali_sign)(), "Tujuan", 2),
                p,
                options="xbox",
            ),
            C.expected(C.FS3_BALI),
            rules=("FS3-R5-11",),
            note="one column, [X]/[ ], the purpose wrapping onto the next page",
        ),
        # Fourth wave: code boxes, values under their labels (read before fixing).
        HeldOut(
            "fs3-padang-codebox.pdf",
            "fs3",
            _pdf(fs3(C.FS3_PADANG, "word", num_r, padang_sign), options="codebox"),
            C.expected(C.FS3_PADANG),
            note="one column, every option list printed with codes and the chosen codes "
            "typed in boxes at the right",
        ),
        HeldOut(
            "fpkpa-pontianak-stacked.pdf",
            "fp-kpa",
            lambda p: R.render_pdf_stacked(
                fpkpa(C.FPKPA_PONTIANAK, "word", num_plain, ptk_sign, kpa_titles)(), p
            ),
            C.expected(C.FPKPA_PONTIANAK),
            note="each label on its own line, the value below it at the same indent",
        ),
        # Fifth wave: Word content-control checkboxes, boxes after the wording, a letter's
        # Nomor block and addressee in a two-column Word table (read before fixing).
        HeldOut(
            "fs3-bali-word-sdt.docx",
            "fs3",
            lambda p: R.render_docx(
                fs3(C.FS3_BALI, "prov", num_plain, bali_sign)(), p, mode="table", marker="sdt"
            ),
            C.expected(C.FS3_BALI),
            rules=("FS3-R5-11",),
            note="Word table with checkbox content controls (w14:checkbox)",
        ),
        HeldOut(
            "fpkpa-banyumas-box-after.pdf",
            "fp-kpa",
            lambda p: R.render_pdf_table(
                fpkpa(C.FPKPA_BANYUMAS, "colon", num_alpha, bms_sign, kpa_titles)(),
                p,
                on="☒",
                off="☐",
                box_after=True,
            ),
            C.expected(C.FPKPA_BANYUMAS),
            rules=("FPKPA-B7-06",),
            note="table, the box after each option's wording",
        ),
        HeldOut(
            "surat-sleman-twocol.docx",
            "surat_pengantar",
            lambda p: R.render_letter_docx(LETTER_SLEMAN_TWOCOL, p),
            LETTER_SLEMAN_TWOCOL_FIELDS,
            note="Word letter: Nomor/Sifat/Lampiran/Hal and date/addressee in a two-column table",
        ),
        # Sixth wave: other letter conventions (read before fixing).
        HeldOut(
            "surat-bpbd-hormat-kami.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_pdf(LETTER_BPBD, p),
            LETTER_BPBD_FIELDS,
            note="one-line letterhead without PEMERINTAH, No./Lamp., 'Hormat kami,' and no thanks",
        ),
        HeldOut(
            "surat-setda-ub.docx",
            "surat_pengantar",
            lambda p: R.render_letter_docx(LETTER_SETDA, p),
            LETTER_SETDA_FIELDS,
            note="Word letter, date typed on the Nomor line, a.n. ... u.b. signer",
        ),
        # Seventh wave: new wordings in known layouts, made after every fix above and
        # measured once before any change.
        HeldOut(
            "fs3-sleman-kab2-word-colon.docx",
            "fs3",
            lambda p: R.render_docx(
                fs3(C.FS3_SLEMAN, "kab2", num_plain, sleman_sign)(),
                p,
                mode="colon",
                marker="unicode",
            ),
            C.expected(C.FS3_SLEMAN),
            note="Word lines, ☒/☐, a third office's wordings",
        ),
        HeldOut(
            "fpkpa-kementan-alt-circle.pdf",
            "fp-kpa",
            _pdf(
                fpkpa(C.FPKPA_KEMENTAN, "alt", num_r, kementan_sign, kpa_titles), options="circle"
            ),
            C.expected(C.FPKPA_KEMENTAN),
            note="one column, circled codes, a third office's wordings",
        ),
        # Eighth wave: new layouts, measured once before any change.
        HeldOut(
            "fs3-sleman-landscape-caps.pdf",
            "fs3",
            lambda p: R.render_pdf_table(
                _caps(
                    _with_column(
                        fs3(C.FS3_SLEMAN, "lands", num_plain, sleman_sign)(),
                        "Keterangan",
                        2,
                        lambda nama: (
                            f"Dicatat menurut jawaban responden atau pengamatan "
                            f"petugas tentang {nama.lower()} sesuai buku pedoman pencacahan"
                        ),
                    )
                ),
                p,
                on="☒",
                off="☐",
                landscape=True,
                valign="MIDDLE",
                mixed=True,
            ),
            C.expected(C.FS3_SLEMAN),
            note="landscape table, labels in capitals and as questions, every cell "
            "vertically centred (also the variable table), short option lists on one line "
            "with the box after the wording, long ones with the box before",
        ),
        HeldOut(
            "fs3-bali-word-sdt-text.docx",
            "fs3",
            lambda p: R.render_docx(
                fs3(C.FS3_BALI, "amb", num_plain, bali_sign)(),
                p,
                mode="table",
                marker="unicode",
                value_sdt=True,
            ),
            C.expected(C.FS3_BALI),
            rules=("FS3-R5-11",),
            note="Word table, typed values in plain-text content controls, both sampling "
            "items worded 'Penarikan Sampel'",
        ),
        HeldOut(
            "surat-agam-date-bottom.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_pdf(LETTER_AGAM, p),
            LETTER_AGAM_FIELDS,
            note="no date at the top: the place and date above the signature; addressee "
            "on the right under the Perihal; letterhead over three lines",
        ),
        # Ninth wave: more layouts, measured once before any change.
        HeldOut(
            "fpkpa-kementan-persons-twocol.pdf",
            "fp-kpa",
            lambda p: R.render_pdf_colon(
                _yes_no(
                    _persons_side_by_side(
                        fpkpa(C.FPKPA_KEMENTAN, "q", num_plain, kementan_sign, kpa_titles)(),
                        ("Penanggung Jawab", "PJ Teknis"),
                    ),
                    "Apakah kegiatan ini berulang?",
                    "Berulang",
                ),
                p,
                options="xbox",
            ),
            C.expected(C.FPKPA_KEMENTAN),
            note="one column, [X]/[ ], Penanggung Jawab and PJ Teknis side by side in two "
            "columns, labels as questions ('Apakah kegiatan ini berulang?' Ya/Tidak)",
        ),
        HeldOut(
            "surat-ntb-yth-right.docx",
            "surat_pengantar",
            lambda p: R.render_letter_docx(LETTER_DKP, p),
            LETTER_DKP_FIELDS,
            note="Word letter: date and addressee on the right above the Nomor block, "
            "Sifat Penting, rank without group",
        ),
        # Tenth wave: more layouts, measured once before any change.
        HeldOut(
            "fs3-gowa-yatidak-leaders.pdf",
            "fs3",
            lambda p: R.render_pdf_leaders(
                _yes_no(
                    _yes_no(
                        _yes_no(
                            _yes_no(
                                fs3(C.FS3_GOWA, "yt", num_code, gowa_sign, gowa_titles)(),
                                "Apakah kegiatan ini dilakukan berulang?",
                                "Berulang",
                            ),
                            "Apakah data dikumpulkan dari sampel (bukan sensus)?",
                            "Survei sampel",
                        ),
                        "Apakah survei mencakup seluruh wilayah Indonesia?",
                        "Seluruh Indonesia",
                    ),
                    "Apakah sampel dipilih secara probabilitas?",
                    "Probabilitas",
                ),
                p,
                on="☑",
                off="☐",
            ),
            C.expected(C.FS3_GOWA),
            note="one column with three-digit question codes (301, 511a), dotted leaders "
            "from label to value, the two-way choices asked as Ya/Tidak questions with "
            "☑/☐, variables and schedule (month names) as ruled tables",
        ),
        HeldOut(
            "fpkpa-surabaya-word-grid.docx",
            "fp-kpa",
            lambda p: R.render_docx_grid(
                _reorder_table(
                    fpkpa(C.FPKPA_SURABAYA, "grid", num_plain, sby_sign, sby_titles)(),
                    (2, 0, 1),
                    ("No", "Sumber Data", "Nama Variabel", "Periode Referensi"),
                ),
                p,
            ),
            C.expected(C.FPKPA_SURABAYA),
            note="Word grid per block: narrow number column, label, value (no colon); block "
            "headings as merged shaded rows; ■/□ one option a line; variable table with "
            "the source first; schedule dates with abbreviated months",
        ),
        HeldOut(
            "surat-gowa-table-center.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_pdf(LETTER_GOWA, p),
            LETTER_GOWA_FIELDS,
            note="regency letterhead, Nomor/Sifat/Lampiran/Perihal as a ruled two-column "
            "table without colons, addressee centred on the page, a.n. BUPATI above the "
            "signer's title, tembusan",
        ),
        HeldOut(
            "fs3-kaltim-roman-under.pdf",
            "fs3",
            lambda p: R.render_pdf_under(
                fs3(C.FS3_KALTIM, "rom", num_roman, kaltim_sign, kaltim_titles)(), p
            ),
            C.expected(C.FS3_KALTIM),
            note="typewriter font, items numbered I.1, V.11.a by Roman block, each value on "
            "the line under its label and indented further, every option listed with its "
            "code and '(v)' typed after the chosen ones",
        ),
        HeldOut(
            "fpkpa-bandung-landscape-two-blocks.pdf",
            "fp-kpa",
            lambda p: R.render_pdf_two_blocks(
                fpkpa(C.FPKPA_BANDUNG, "duo", num_r, bdg_sign, bdg_titles)(),
                p,
                on="[✔]",
                off="[ ]",
            ),
            C.expected(C.FPKPA_BANDUNG),
            note="landscape, two blocks side by side on each page (two frames, a rule "
            "between them), [✔]/[ ] one option a line, slash dates",
        ),
        # Eleventh wave: more layouts, measured once before any change.
        HeldOut(
            "fs3-banyuwangi-centred-lettered.pdf",
            "fs3",
            lambda p: R.render_pdf_centred(
                fs3(C.FS3_BANYUWANGI, "lemb", num_r, bwi_sign, bwi_titles)(), p
            ),
            C.expected(C.FS3_BANYUWANGI),
            note="ruled table No | Rincian | Isian with the number and label cells vertically "
            "centred against multi-line values, options lettered 'a. ... b. ...' with '(X)' "
            "typed before the chosen ones (one a line when more than three), 'Lembaga "
            "Penyelenggara' and 'Alamat Surat Elektronik' wordings, full month-name dates",
        ),
        HeldOut(
            "fs3-kupang-scan-300dpi.tif",
            "fs3",
            lambda p: R.scan_to_tiff(
                lambda pdf: R.render_pdf_formlines(
                    fs3(C.FS3_KUPANG, "scan", num_plain, kpg_sign)(), pdf
                ),
                p,
            ),
            C.expected(C.FS3_KUPANG),
            note="printed paper form scanned: blocks under black bars with white capitals, "
            "values typed on ruled writing lines (no colon), options as drawn boxes with a "
            "tick; rasterised at 300 dpi, turned 0.7 degrees, light noise, multi-page TIFF; "
            "a census (block VI empty), dashed dates",
        ),
        HeldOut(
            "fpkpa-sidoarjo-word-caps-below.docx",
            "fp-kpa",
            lambda p: R.render_docx_caps_below(
                fpkpa(C.FPKPA_SIDOARJO, "caps", num_roman, sda_sign, sda_titles)(), p
            ),
            C.expected(C.FPKPA_SIDOARJO),
            note="Word without a grid: number and label in bold capitals on their own "
            "paragraph, the value in the indented paragraph below (no colon), options on "
            "one line '☐ A   ☒ B   ☐ C', Roman item numbers (III.1), dashed dates",
        ),
        HeldOut(
            "fpkpa-sumsel-outline-gap.pdf",
            "fp-kpa",
            lambda p: R.render_pdf_outline(
                _with_column(
                    _with_column(
                        fpkpa(C.FPKPA_SUMSEL, "outline", num_outline, sms_sign, kpa_titles)(),
                        "Satuan",
                        2,
                        lambda nama: _SATUAN[nama],
                    ),
                    "Keterangan",
                    5,
                    lambda nama: (
                        "Rekap per kabupaten"
                        if nama.startswith("Jumlah")
                        else "Rekap per perusahaan dan kabupaten"
                    ),
                ),
                p,
            ),
            C.expected(C.FPKPA_SUMSEL),
            note="lettered outline: blocks A.-G., items 1), sub-items a); value after a wide "
            "gap at a fixed column (no colon); options as drawn boxes with 'X'; variable "
            "table with extra Satuan and Keterangan columns (six columns); full month-name "
            "dates; provincial body over three regencies",
        ),
        HeldOut(
            "surat-sumsel-split-tembusan.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_split(
                LETTER_SUMSEL_KOP,
                LETTER_SUMSEL_LEFT,
                LETTER_SUMSEL_RIGHT,
                LETTER_SUMSEL_BODY,
                LETTER_SUMSEL_SIGN,
                LETTER_SUMSEL_TEMBUSAN,
                p,
            ),
            LETTER_SUMSEL_FIELDS,
            note="provincial letterhead beside a drawn emblem; Nomor/Sifat/Lampiran/Hal in "
            "a left column (Hal wrapped over three lines) beside the date and 'Yth. Kepala "
            "BPS Provinsi' (split over two lines) in a right column; closing 'Atas "
            "perhatian Bapak/Ibu'; signature with rank and NIP; tembusan",
        ),
        # Twelfth wave: more layouts, measured once before any change.
        HeldOut(
            "fs3-balikpapan-questions-shaded.pdf",
            "fs3",
            lambda p: R.render_pdf_questions(
                fs3(C.FS3_BALIKPAPAN, "tanya", num_plain, bpn_sign, bpn_titles)(),
                p,
                on="☑",
                off="☐",
            ),
            C.expected(C.FS3_BALIKPAPAN),
            note="every item asked as a full question ('Siapa yang menyelenggarakan kegiatan "
            "ini?') with the answer underneath in a grey shaded box, ☑/☐ options inside the "
            "box, sub-items as small labels each over its own box; schedule as a two-column "
            "table of ranges ('5 s.d. 30 Januari 2026', '2 Februari s.d. 20 Maret 2026')",
        ),
        HeldOut(
            "fs3-pekalongan-word-pairs.docx",
            "fs3",
            lambda p: R.render_docx_pairs(fs3(C.FS3_PEKALONGAN, "pair", num_none, pkl_sign)(), p),
            C.expected(C.FS3_PEKALONGAN),
            note="Word: one two-column table, every cell 'Label: value' with two items to a "
            "row (e.g. 'Kota: Kota Pekalongan' beside 'Provinsi: Jawa Tengah'), no item "
            "numbers, blocks A.-G. as merged shaded rows, options typed '[V] A  [ ] B' after "
            "the colon; a census (block F empty)",
        ),
        HeldOut(
            "fpkpa-binamarga-ministry-wording.pdf",
            "fp-kpa",
            lambda p: R.render_pdf_centred(
                fpkpa(C.FPKPA_BINAMARGA, "kl", num_plain, bm_sign, bm_titles)(), p
            ),
            C.expected(C.FPKPA_BINAMARGA),
            note="a ministry's own wordings ('Unit Eselon I Pengelola', 'Pos Elektronik "
            "Resmi', 'Koordinator Pelaksana Teknis', 'Lini Masa Kegiatan', 'Periodisitas', "
            "'Jangkauan Wilayah', 'Banyaknya Penyelia') in a ruled No | Rincian | Isian "
            "table, '(X)' lettered options; nationwide (no regions), semiannual",
        ),
        HeldOut(
            "fpkpa-surabaya-scan-200dpi-jpeg.pdf",
            "fp-kpa",
            lambda p: R.scan_to_jpeg_pdf(
                lambda pdf: R.render_pdf_leaders(
                    fpkpa(C.FPKPA_SURABAYA, "word", num_plain, sby_sign, sby_titles)(),
                    pdf,
                    on="☒",
                    off="☐",
                ),
                p,
            ),
            C.expected(C.FPKPA_SURABAYA),
            note="printed dotted-leader form scanned to PDF by an office scanner: every page "
            "a 200 dpi grey JPEG image (no text layer), turned -0.5 degrees, greyish paper, "
            "light noise",
        ),
        HeldOut(
            "surat-unej-up-sign-page2.pdf",
            "surat_pengantar",
            lambda p: R.render_letter_pdf(LETTER_UNEJ, p),
            LETTER_UNEJ_FIELDS,
            note="state university research institute under a ministry line (three-line "
            "letterhead), date without place on the Nomor line, Yth. with a 'u.p.' line and "
            "the street address, long body; the signature block (Ketua, name, NIP, no rank) "
            "alone on a second page headed '- 2 -', tembusan",
        ),
        # Thirteenth wave: more layouts, measured once before any change.
        *_wave13(),
        # Fourteenth wave: more layouts, measured once before any change.
        *_wave14(),
        # Fifteenth wave: more layouts, measured once before any change.
        *_wave15(),
        # Sixteenth wave: more layouts, measured once before any change.
        *_wave16(),
        # Seventeenth and eighteenth waves: more layouts, measured once before any change.
        *_wave17(),
        *_wave18(),
        # Nineteenth and twentieth waves: measured once before any change for them.
        *_wave19(),
        *_wave20(),
    ]


def build(out: Path) -> list[tuple[HeldOut, Path]]:
    """Write every held-out document (and its ``.expected.json``) into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    made = []
    for doc in held_out():
        path = out / doc.name
        doc.make(path)
        expected = {"form_type": doc.form_type, "fields": doc.fields, "rules": list(doc.rules)}
        path.with_suffix(".expected.json").write_text(
            json.dumps(expected, indent=2, ensure_ascii=False), encoding="utf-8"
        )
        made.append((doc, path))
    return made


def build_kuesioner(path: Path) -> None:
    """A short questionnaire to go with an FS3 in a case folder."""
    R.render_letter_pdf(KUESIONER_SLEMAN, path)


def score(doc: HeldOut, got: dict[str, Any]) -> tuple[int, int, list[str]]:
    """Right keys, keys compared (union of expected and extracted), and the misses."""
    right, misses = 0, []
    keys = sorted(set(doc.fields) | set(got))
    for key in keys:
        if key in doc.fields and key in got and got[key] == doc.fields[key]:
            right += 1
        else:
            misses.append(f"{key}: want {doc.fields.get(key)!r}, got {got.get(key)!r}")
    return right, len(keys), misses


def main(argv: list[str]) -> int:
    from extractors.extract import extract_file

    out = Path(argv[0]) if argv else Path("var/independent")
    verbose = "-v" in argv
    totals: dict[str, list[int]] = {}
    for doc, path in build(out):
        result = extract_file(path, workers=1)
        got = {k: f.value for k, f in result.fields.items()} if result.fields else {}
        right, n, misses = score(doc, got)
        t = totals.setdefault(doc.form_type, [0, 0])
        t[0] += right
        t[1] += n
        ok = "ok" if result.form_type == doc.form_type else f"CLASSIFIED {result.form_type}"
        print(f"{doc.name:34s} {right:3d}/{n:3d} {right / max(n, 1):6.1%}  {ok}")  # noqa: T201
        if verbose:
            for miss in misses:
                print(f"    {miss}")  # noqa: T201
    for form_type, (right, n) in totals.items():
        print(f"{form_type:34s} {right:3d}/{n:3d} {right / max(n, 1):6.1%}")  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
