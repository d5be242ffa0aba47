"""Fifteenth wave of the held-out set: six more layouts, made without reading the extractor.

- an FS3 from an old office template typed all in capitals, abbreviated labels ("NM.
  INSTANSI", "ALMT. KANTOR", "TELP/FAX", "PJ KEGIATAN", "JML. PETUGAS", "TGL. RILIS"),
  options as "1. YA  2. TIDAK" with the chosen code after "JAWAB:";
- an FP-KPA filled in Google Forms and printed from the responses view (cards, a question
  title over its answer, radio buttons and check boxes drawn, the respondent's e-mail
  question on top, URL and page numbers in the footer);
- an FS3 printed as a ruled two-column grid and scanned at 150 dpi to JPEG pages in a
  PDF, turned 0.8 degrees, the back page showing through; two-way items "coret yang
  tidak perlu" (the wrong wording struck through);
- a cover letter from a land office (Kantor Pertanahan, ATR/BPN) scanned at 300 dpi, a
  round stamp over the signer's title and name and a scribbled signature over the name;
- an FP-KPA in Word with a heading paragraph and a borderless two-column table for each
  block, the two persons given as prose sentences;
- a landscape FS3 whose choices are matrices (items by options, an "X" typed in the
  chosen cell), the variables on an appendix page ("Lampiran").
"""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path
from typing import Any

from tests.independent import render as R
from tests.independent.content import Shown, expected
from tests.independent.scripts import (
    FPKPA_WORDS,
    FS3_WORDS,
    Item,
    fpkpa_script,
    fs3_script,
    num_plain,
    num_r,
)


def _same(text: str) -> tuple[str, str]:
    return (text, text)


# --- content ------------------------------------------------------------------------------

#: A regency's farm-household survey, yearly, stratified two-stage sample (block VI filled).
FS3_REJANG: Shown = {
    "judul": _same(
        "Survei Ubinan dan Struktur Ongkos Usaha Tani Padi Kabupaten Rejang Lebong 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Pertanian dan Perikanan Kabupaten Rejang Lebong"),
    "penyelenggara.alamat": _same("Jl. S. Sukowati No. 60, Kelurahan Air Putih Baru, Curup"),
    "penyelenggara.kabupaten_kota": ("Kab. Rejang Lebong", "1702"),
    "penyelenggara.provinsi": ("Bengkulu", "17"),
    "penyelenggara.telepon": ("(0732) 21045", "+6273221045"),
    "penyelenggara.faks": ("(0732) 21046", "+6273221046"),
    "penyelenggara.email": ("distanikan@rejanglebongkab.go.id", "distanikan@rejanglebongkab.go.id"),
    "penanggung_jawab.nama": _same("Ir. Zulkarnain Effendi, M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Pertanian dan Perikanan"),
    "penanggung_jawab.telepon": ("0812-7305-6612", "+6281273056612"),
    "penanggung_jawab.email": _same("zulkarnain.e@rejanglebongkab.go.id"),
    "manajer.nama": _same("Yeni Marlina, S.P., M.P."),
    "manajer.jabatan": _same("Kepala Bidang Tanaman Pangan dan Hortikultura"),
    "manajer.alamat": _same("Jl. S. Sukowati No. 60, Curup"),
    "manajer.telepon": ("0853-8012-4471", "+6285380124471"),
    "manajer.email": _same("tph.distanikan@rejanglebongkab.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Memperkirakan produktivitas padi sawah per kecamatan dan struktur ongkos usaha tani "
        "sebagai dasar penyusunan angka produksi daerah dan penetapan sasaran bantuan benih "
        "serta pupuk bersubsidi."
    ),
    "variabel": (
        None,
        [
            {"nama": "Luas panen petak ubinan", "referensi_waktu": "Musim tanam terakhir"},
            {"nama": "Berat hasil ubinan gabah kering panen", "referensi_waktu": "Saat panen"},
            {"nama": "Varietas benih yang ditanam", "referensi_waktu": "Musim tanam terakhir"},
            {"nama": "Biaya pupuk dan pestisida", "referensi_waktu": "Musim tanam terakhir"},
            {"nama": "Upah tenaga kerja", "referensi_waktu": "Musim tanam terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kab. Rejang Lebong", ["1702"]),
    "metode_pengumpulan": (None, ["observasi", "wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "stratifikasi"),
    "uji_coba": (None, False),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("5 ORG", 5),
    "jumlah_enumerator": ("30 ORG", 30),
    "rancangan_sampel": (None, "multi_tahap"),
    "kerangka_sampel": _same("Daftar petani padi sawah hasil Sensus Pertanian 2023 per desa"),
    "fraksi_sampel": _same("5 persen rumah tangga petani padi"),
    "unit_sampel": _same("Petak sawah rumah tangga petani"),
    "jumlah_sampel": ("720", 720),
    "sampling_error": _same("RSE di bawah 10 persen untuk produktivitas kabupaten"),
    "responden": _same("Petani pemilik atau penggarap petak terpilih"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota", "kecamatan"]),
    "metode_analisis": (None, "keduanya"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("05-01-2026", "27-02-2026"), ("2026-01-05", "2026-02-27")),
    "jadwal.lapangan": (("02-03-2026", "31-07-2026"), ("2026-03-02", "2026-07-31")),
    "jadwal.pengolahan": (("03-08-2026", "28-08-2026"), ("2026-08-03", "2026-08-28")),
    "jadwal.analisis": (("31-08-2026", "25-09-2026"), ("2026-08-31", "2026-09-25")),
    "jadwal.diseminasi": (("05-10-2026", "30-11-2026"), ("2026-10-05", "2026-11-30")),
    "tanggal_rilis": ("16-10-2026", "2026-10-16"),
}

_TEXT_KEYS = {
    "judul",
    "penyelenggara.instansi",
    "penyelenggara.alamat",
    "penanggung_jawab.nama",
    "penanggung_jawab.jabatan",
    "manajer.nama",
    "manajer.jabatan",
    "manajer.alamat",
    "tujuan",
    "kerangka_sampel",
    "fraksi_sampel",
    "unit_sampel",
    "sampling_error",
    "responden",
}


def _capitals(c: Shown) -> Shown:
    """Everything printed in capitals; text values expected in capitals too (case is kept
    as written), e-mail addresses still lower case."""
    out: Shown = {}
    for key, (shown, want) in c.items():
        if isinstance(shown, str):
            shown = shown.upper()
        if key in _TEXT_KEYS:
            want = want.upper()
        elif key == "variabel":
            want = [{k: v.upper() for k, v in row.items()} for row in want]
        elif key.startswith("jadwal."):
            shown = tuple(s.upper() for s in shown)
        out[key] = (shown, want)
    return out


FS3_REJANG_CAPS = _capitals(FS3_REJANG)

#: A city education office compiling school records from Dapodik, yearly.
FPKPA_BITUNG: Shown = {
    "judul": _same("Kompilasi Data Satuan Pendidikan dan Peserta Didik Kota Bitung Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Pendidikan dan Kebudayaan Kota Bitung"),
    "penyelenggara.alamat": _same("Jl. Sam Ratulangi No. 12, Kelurahan Bitung Tengah, Maesa"),
    "penyelenggara.kabupaten_kota": ("Kota Bitung", "7172"),
    "penyelenggara.provinsi": ("Sulawesi Utara", "71"),
    "penyelenggara.telepon": ("(0438) 21734", "+6243821734"),
    "penyelenggara.email": _same("disdikbud@bitungkota.go.id"),
    "penanggung_jawab.nama": _same("Drs. Frangky Rondonuwu, M.Pd."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Pendidikan dan Kebudayaan Kota Bitung"),
    "penanggung_jawab.alamat": _same("Jl. Sam Ratulangi No. 12, Bitung"),
    "penanggung_jawab.telepon": ("0813-4020-7756", "+6281340207756"),
    "penanggung_jawab.email": _same("frangky.rondonuwu@bitungkota.go.id"),
    "pj_teknis.nama": _same("Meiske Wowor, S.Kom., M.T."),
    "pj_teknis.jabatan": _same("Pranata Komputer Ahli Muda, Subbagian Program dan Pelaporan"),
    "pj_teknis.alamat": _same("Jl. Sam Ratulangi No. 12, Bitung"),
    "pj_teknis.telepon": ("0852-9811-3390", "+6285298113390"),
    "pj_teknis.email": _same("meiske.wowor@bitungkota.go.id"),
    "tujuan": _same(
        "Menghimpun data sekolah, peserta didik, pendidik dan rombongan belajar dari Dapodik "
        "untuk menghitung angka partisipasi dan rasio guru-murid per kecamatan sebagai bahan "
        "perencanaan pendidikan daerah."
    ),
    "jadwal.perencanaan": (("12/01/2026", "30/01/2026"), ("2026-01-12", "2026-01-30")),
    "jadwal.pengumpulan": (("02/02/2026", "31/03/2026"), ("2026-02-02", "2026-03-31")),
    "jadwal.pengolahan": (("01/04/2026", "30/04/2026"), ("2026-04-01", "2026-04-30")),
    "jadwal.analisis": (("04/05/2026", "29/05/2026"), ("2026-05-04", "2026-05-29")),
    "jadwal.diseminasi": (("08/06/2026", "31/07/2026"), ("2026-06-08", "2026-07-31")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah peserta didik menurut jenjang",
                "referensi_waktu": "Semester ganjil",
                "sumber": "Dapodik",
            },
            {
                "nama": "Jumlah guru menurut status kepegawaian",
                "referensi_waktu": "Semester ganjil",
                "sumber": "Dapodik",
            },
            {
                "nama": "Jumlah ruang kelas kondisi baik",
                "referensi_waktu": "Tahunan",
                "sumber": "Data sarana prasarana sekolah",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "jenis_data": _same("Data pokok pendidikan (Dapodik) dan laporan sarana prasarana sekolah"),
    "metode_pengumpulan": _same("Unduh data Dapodik tingkat kota dan rekapitulasi laporan sekolah"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Bitung", ["7172"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("1", 1),
    "jumlah_enumerator": ("6", 6),
    "pelatihan": (None, False),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, False),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["individu", "lainnya"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("15/06/2026", "2026-06-15"),
}

#: A regency environment office's household-waste survey, once, purposive (block VI blank).
FS3_TAPUT: Shown = {
    "judul": _same(
        "Survei Timbulan dan Komposisi Sampah Rumah Tangga Kabupaten Tapanuli Utara 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Lingkungan Hidup Kabupaten Tapanuli Utara"),
    "penyelenggara.alamat": _same("Jl. Letjen Suprapto No. 8, Hutatoruan VII, Tarutung"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Tapanuli Utara", "1205"),
    "penyelenggara.provinsi": ("Sumatera Utara", "12"),
    "penyelenggara.telepon": ("(0633) 21350", "+6263321350"),
    "penyelenggara.email": _same("dlh@taputkab.go.id"),
    "penanggung_jawab.nama": _same("Jonny Hutabarat, S.T., M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Lingkungan Hidup"),
    "penanggung_jawab.telepon": ("0813-6122-0458", "+6281361220458"),
    "penanggung_jawab.email": _same("jonny.hutabarat@taputkab.go.id"),
    "manajer.nama": _same("Rosmawati Simanjuntak, S.Si."),
    "manajer.jabatan": _same("Kepala Bidang Pengelolaan Sampah dan Limbah B3"),
    "manajer.alamat": _same("Jl. Letjen Suprapto No. 8, Tarutung"),
    "manajer.telepon": ("0821-6700-3125", "+6282167003125"),
    "manajer.email": _same("sampah.dlh@taputkab.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengukur timbulan sampah per orang per hari dan komposisi sampah rumah tangga di "
        "kawasan perkotaan sebagai dasar penyusunan Kebijakan dan Strategi Daerah pengelolaan "
        "sampah dan perencanaan kapasitas TPA."
    ),
    "variabel": (
        None,
        [
            {
                "nama": "Berat sampah harian rumah tangga",
                "referensi_waktu": "Delapan hari pengukuran",
            },
            {
                "nama": "Volume sampah harian rumah tangga",
                "referensi_waktu": "Delapan hari pengukuran",
            },
            {
                "nama": "Komposisi sampah menurut jenis",
                "referensi_waktu": "Delapan hari pengukuran",
            },
            {"nama": "Cara penanganan sampah", "referensi_waktu": "Saat pencacahan"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Tapanuli Utara", ["1205"]),
    "metode_pengumpulan": (None, ["observasi", "wawancara"]),
    "metode_sampel": (None, "nonprobabilitas"),
    "metode_pemilihan": (None, "purposive"),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("3", 3),
    "jumlah_enumerator": ("12", 12),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["lainnya"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, False),
    "produk.makro": (None, False),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("2 Maret 2026", "27 Maret 2026"), ("2026-03-02", "2026-03-27")),
    "jadwal.lapangan": (("13 April 2026", "22 Mei 2026"), ("2026-04-13", "2026-05-22")),
    "jadwal.pengolahan": (("25 Mei 2026", "19 Juni 2026"), ("2026-05-25", "2026-06-19")),
    "jadwal.analisis": (("22 Juni 2026", "17 Juli 2026"), ("2026-06-22", "2026-07-17")),
    "jadwal.diseminasi": (("3 Agustus 2026", "28 Agustus 2026"), ("2026-08-03", "2026-08-28")),
    "tanggal_rilis": ("10 Agustus 2026", "2026-08-10"),
}

#: A regency personnel agency compiling civil-servant records, twice a year.
FPKPA_MERAUKE: Shown = {
    "judul": _same("Kompilasi Data Aparatur Sipil Negara Kabupaten Merauke Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Merauke"
    ),
    "penyelenggara.alamat": _same("Jl. TMP Polder No. 1, Kelurahan Bambu Pemali, Merauke"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Merauke", "9501"),
    "penyelenggara.provinsi": ("Papua Selatan", "95"),
    "penyelenggara.telepon": ("(0971) 321455", "+62971321455"),
    "penyelenggara.faks": ("(0971) 321456", "+62971321456"),
    "penyelenggara.email": _same("bkpsdm@meraukekab.go.id"),
    "penanggung_jawab.nama": _same("Yohanes Gebze, S.Sos., M.AP."),
    "penanggung_jawab.jabatan": _same("Kepala Badan Kepegawaian dan Pengembangan SDM"),
    "penanggung_jawab.alamat": _same("Jl. TMP Polder No. 1, Merauke"),
    "penanggung_jawab.telepon": ("0812-4888-1027", "+6281248881027"),
    "penanggung_jawab.email": _same("yohanes.gebze@meraukekab.go.id"),
    "pj_teknis.nama": _same("Agustina Ndiken, S.E."),
    "pj_teknis.jabatan": _same("Kepala Bidang Pengadaan, Pemberhentian dan Informasi"),
    "pj_teknis.alamat": _same("Jl. TMP Polder No. 1, Merauke"),
    "pj_teknis.telepon": ("0821-9745-6630", "+6282197456630"),
    "pj_teknis.email": _same("agustina.ndiken@meraukekab.go.id"),
    "tujuan": _same(
        "Menyajikan profil ASN menurut golongan, jabatan, pendidikan dan unit kerja sebagai "
        "dasar analisis kebutuhan pegawai dan perencanaan pengembangan kompetensi."
    ),
    "jadwal.perencanaan": (("5 Januari 2026", "16 Januari 2026"), ("2026-01-05", "2026-01-16")),
    "jadwal.pengumpulan": (("19 Januari 2026", "27 Februari 2026"), ("2026-01-19", "2026-02-27")),
    "jadwal.pengolahan": (("2 Maret 2026", "27 Maret 2026"), ("2026-03-02", "2026-03-27")),
    "jadwal.analisis": (("6 April 2026", "30 April 2026"), ("2026-04-06", "2026-04-30")),
    "jadwal.diseminasi": (("4 Mei 2026", "29 Mei 2026"), ("2026-05-04", "2026-05-29")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah PNS menurut golongan ruang",
                "referensi_waktu": "Semesteran",
                "sumber": "SIASN",
            },
            {
                "nama": "Jumlah PPPK menurut jabatan",
                "referensi_waktu": "Semesteran",
                "sumber": "SIASN",
            },
            {
                "nama": "Pendidikan terakhir pegawai",
                "referensi_waktu": "Semesteran",
                "sumber": "SIMPEG daerah",
            },
            {"nama": "Pegawai yang pensiun", "referensi_waktu": "Tahunan", "sumber": "SK pensiun"},
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "semesteran"),
    "jenis_data": _same("Data kepegawaian pada SIASN dan SIMPEG daerah"),
    "metode_pengumpulan": _same("Penarikan data SIASN dan verifikasi ke perangkat daerah"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Merauke", ["9501"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("2", 2),
    "jumlah_enumerator": ("5", 5),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["individu"]),
    "tingkat_penyajian": (None, ["kabupaten_kota"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("12 Mei 2026", "2026-05-12"),
}

#: A city youth and sports office's survey, every two years, one-stage cluster sample.
FS3_CIREBON: Shown = {
    "judul": _same("Survei Partisipasi Olahraga Masyarakat Kota Cirebon Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata Kota Cirebon"
    ),
    "penyelenggara.alamat": _same("Jl. Brigjen Dharsono No. 1, Sunyaragi, Kesambi"),
    "penyelenggara.kabupaten_kota": ("Kota Cirebon", "3274"),
    "penyelenggara.provinsi": ("Jawa Barat", "32"),
    "penyelenggara.telepon": ("(0231) 208856", "+62231208856"),
    "penyelenggara.email": _same("disporbudpar@cirebonkota.go.id"),
    "penanggung_jawab.nama": _same("Agus Sukmanjaya, S.H., M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas"),
    "penanggung_jawab.telepon": ("0812-2436-7781", "+6281224367781"),
    "penanggung_jawab.faks": ("(0231) 208857", "+62231208857"),
    "penanggung_jawab.email": _same("agus.sukmanjaya@cirebonkota.go.id"),
    "manajer.nama": _same("Nurul Fadilah, S.Pd., M.Or."),
    "manajer.jabatan": _same("Kepala Bidang Olahraga"),
    "manajer.alamat": _same("Jl. Brigjen Dharsono No. 1, Cirebon"),
    "manajer.telepon": ("0857-2209-6614", "+6285722096614"),
    "manajer.email": _same("bidang.olahraga@cirebonkota.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "lebih_dari_setahun"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengukur indeks partisipasi olahraga, kebugaran dan ketersediaan ruang terbuka "
        "olahraga masyarakat sebagai bahan penyusunan Indeks Pembangunan Olahraga daerah."
    ),
    "variabel": (
        None,
        [
            {"nama": "Frekuensi berolahraga", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Jenis olahraga yang dilakukan", "referensi_waktu": "Sebulan terakhir"},
            {"nama": "Durasi berolahraga", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Jarak ke ruang terbuka olahraga", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Pengeluaran untuk olahraga", "referensi_waktu": "Setahun terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Cirebon", ["3274"]),
    "metode_pengumpulan": (None, ["swacacah", "wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "klaster"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("4", 4),
    "jumlah_enumerator": ("20", 20),
    "rancangan_sampel": (None, "satu_tahap"),
    "kerangka_sampel": _same("Daftar RT per kelurahan dari Disdukcapil Kota Cirebon 2025"),
    "fraksi_sampel": _same("60 RT dari 1.352 RT"),
    "unit_sampel": _same("Rukun Tetangga (RT)"),
    "jumlah_sampel": ("60", 60),
    "sampling_error": _same("Margin of error 5 persen pada tingkat kepercayaan 95 persen"),
    "responden": _same("Penduduk berumur 10 tahun ke atas"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, False),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "keduanya"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, True),
    "jadwal.perencanaan": (("6 Apr 2026", "30 Apr 2026"), ("2026-04-06", "2026-04-30")),
    "jadwal.lapangan": (("4 Mei 2026", "26 Jun 2026"), ("2026-05-04", "2026-06-26")),
    "jadwal.pengolahan": (("29 Jun 2026", "31 Jul 2026"), ("2026-06-29", "2026-07-31")),
    "jadwal.analisis": (("3 Agt 2026", "28 Agt 2026"), ("2026-08-03", "2026-08-28")),
    "jadwal.diseminasi": (("1 Sep 2026", "30 Okt 2026"), ("2026-09-01", "2026-10-30")),
    "tanggal_rilis": ("21 Sep 2026", "2026-09-21"),
}

LETTER_TERNATE_FIELDS = {
    "nomor_surat": "412/82.71-MP.01.02/IV/2026",
    "tanggal_surat": "2026-04-14",
    "perihal": "Permohonan Rekomendasi Kegiatan Statistik Kompilasi Data Pendaftaran Tanah "
    "Kota Ternate Tahun 2026",
    "instansi": "Kantor Pertanahan Kota Ternate",
    "kepada": "Kepala Badan Pusat Statistik Kota Ternate",
    "penandatangan.nama": "Muhammad Ridwan Hasan, S.SiT., M.H.",
    "penandatangan.jabatan": "Kepala Kantor Pertanahan Kota Ternate",
    "penandatangan.nip": "197806152002121003",
}


# --- wordings -----------------------------------------------------------------------------

FS3_TITLES = ("FORMULIR PEMBERITAHUAN", "SURVEI STATISTIK SEKTORAL (FS3)")
FPKPA_TITLES = ("FORMULIR PEMBERITAHUAN", "KOMPILASI PRODUK ADMINISTRASI (FP-KPA)")

#: An old regency template: abbreviated labels, typed in capitals.
FS3_WORDS["caps15"] = {
    **FS3_WORDS["prov"],
    "judul": "NM. SURVEI",
    "tahun": "THN. SURVEI",
    "b1": "I. PENYELENGGARA",
    "instansi": "NM. INSTANSI",
    "alamat_head": "ALAMAT INSTANSI",
    "alamat": "ALMT. KANTOR",
    "kab": "KAB/KOTA",
    "prov": "PROP.",
    "telp": "TELP/FAX",
    "faks": "FAX",
    "email": "E-MAIL",
    "b2": "II. PENANGGUNG JAWAB",
    "pj": "PJ KEGIATAN",
    "mgr": "MANAJER SURVEI",
    "nama": "NAMA",
    "jabatan": "JAB.",
    "b3": "III. JENIS SURVEI",
    "pelaksanaan": "PELAKSANAAN",
    "frekuensi": "FREK. BILA BERULANG",
    "tipe": "TIPE PENGUMP. DATA",
    "b4": "IV. TUJUAN & VARIABEL",
    "tujuan": "TUJUAN SURVEI",
    "variabel": "VARIABEL YG DIKUMPULKAN",
    "b5": "V. DESAIN SURVEI",
    "cara": "CARA PENGUMP. DATA",
    "cakupan": "CAKUPAN WIL.",
    "wilayah": "WIL. SURVEI",
    "metode": "MTD. PENGUMP. DATA",
    "sampel": "MTD. SAMPLING",
    "pemilihan": "TEKNIK SAMPLING",
    "uji": "UJI COBA KUES.",
    "petugas": "STATUS PTGS",
    "pendidikan": "PEND. MIN. PTGS",
    "pelatihan": "PELATIHAN PTGS",
    "jumlah_head": "JML. PETUGAS",
    "sup": "SUPERVISOR",
    "enum": "ENUMERATOR",
    "b6": "VI. DESAIN SAMPEL",
    "rancangan": "RANC. SAMPEL",
    "kerangka": "KERANGKA SAMPEL",
    "fraksi": "FRAKSI SAMPEL",
    "unit_head": "UNIT & JML. SAMPEL",
    "unit": "UNIT SAMPEL",
    "jml": "JML. SAMPEL",
    "se": "SAMPLING ERROR",
    "resp": "RESPONDEN",
    "b7": "VII. PENGOLAHAN, ANALISIS & DISEMINASI",
    "olah_head": "PENGOLAHAN DATA",
    "edit": "EDITING",
    "coding": "CODING",
    "valid": "VALIDASI",
    "tingkat": "TKT. PENYAJIAN",
    "analisis": "MTD. ANALISIS",
    "produk": "PRODUK",
    "jadwal": "JADWAL KEGIATAN",
    "rilis": "TGL. RILIS",
}

#: A Google Form's question titles (whole questions, no item numbers).
FPKPA_WORDS["gform15"] = {
    **FPKPA_WORDS["colon"],
    "judul": "Judul kegiatan kompilasi",
    "tahun": "Tahun pelaksanaan",
    "b1": "Instansi Penyelenggara",
    "instansi": "Nama instansi penyelenggara",
    "alamat_head": "Alamat instansi",
    "alamat": "Alamat kantor (jalan, nomor, kelurahan, kecamatan)",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Nomor telepon kantor",
    "faks": "Nomor faksimile kantor",
    "email": "Alamat email resmi instansi",
    "b2": "Penanggung Jawab",
    "pj": "Penanggung jawab kegiatan",
    "tek": "Penanggung jawab teknis",
    "nama": "Nama lengkap dan gelar",
    "jabatan": "Jabatan",
    "alamat_p": "Alamat kantor",
    "b3": "Tujuan dan Jadwal",
    "tujuan": "Tujuan dan kegunaan kompilasi data",
    "jadwal": "Jadwal kegiatan",
    "b4": "Variabel",
    "variabel": "Variabel yang dikompilasi",
    "b5": "Desain Kegiatan",
    "pelaksanaan": "Pelaksanaan kegiatan",
    "frekuensi": "Frekuensi (jika berulang)",
    "jenis": "Jenis data administrasi yang dikompilasi",
    "metode": "Metode pengumpulan data",
    "cakupan": "Cakupan wilayah",
    "wilayah": "Wilayah kegiatan (jika sebagian wilayah)",
    "b6": "Petugas",
    "petugas": "Petugas pengumpul data",
    "pendidikan": "Pendidikan terendah petugas",
    "sup": "Jumlah supervisor",
    "enum": "Jumlah petugas pengumpul data",
    "pelatihan": "Apakah petugas diberi pelatihan?",
    "b7": "Pengolahan, Analisis dan Penyajian",
    "olah_head": "Tahapan pengolahan data",
    "edit": "Penyuntingan (editing)",
    "entri": "Entri data",
    "coding": "Penyandian (coding)",
    "valid": "Validasi",
    "analisis": "Metode analisis",
    "unit": "Unit analisis",
    "tingkat": "Tingkat penyajian",
    "produk": "Produk yang dihasilkan",
    "rilis": "Rencana tanggal rilis",
}

#: A printed grid form of a regency office.
FS3_WORDS["grid15"] = {
    **FS3_WORDS["word"],
    "judul": "Judul Survei",
    "tahun": "Tahun",
    "b1": "BLOK I.  PENYELENGGARA SURVEI",
    "instansi": "Instansi Penyelenggara",
    "alamat_head": "Alamat Instansi",
    "alamat": "Alamat",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "Surat elektronik (e-mail)",
    "b2": "BLOK II.  PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab",
    "mgr": "Manajer Survei",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "b3": "BLOK III.  JENIS SURVEI",
    "pelaksanaan": "Pelaksanaan survei *)",
    "frekuensi": "Frekuensi (khusus survei yang dilaksanakan berulang)",
    "tipe": "Tipe pengumpulan data",
    "b4": "BLOK IV.  TUJUAN DAN VARIABEL",
    "b5": "BLOK V.  DESAIN SURVEI",
    "cara": "Cara pengumpulan data *)",
    "cakupan": "Cakupan wilayah *)",
    "wilayah": "Wilayah survei",
    "sampel": "Metode pemilihan sampel *)",
    "pemilihan": "Teknik pemilihan sampel",
    "uji": "Uji coba kuesioner *)",
    "pelatihan": "Pelatihan petugas *)",
    "b6": "BLOK VI.  DESAIN SAMPEL (diisi untuk sampel probabilitas)",
    "b7": "BLOK VII.  PENGOLAHAN, ANALISIS DAN DISEMINASI",
    "edit": "Penyuntingan *)",
    "coding": "Penyandian *)",
    "valid": "Validasi *)",
}

#: A Word FP-KPA whose blocks each open with a heading paragraph.
FPKPA_WORDS["prose15"] = {
    **FPKPA_WORDS["colon"],
    "judul": "Nama Kompilasi",
    "tahun": "Tahun",
    "b1": "I. Instansi Penyelenggara",
    "instansi": "Instansi",
    "alamat": "Alamat Kantor",
    "kab": "Kabupaten",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "Pos-el",
    "b2": "II. Penanggung Jawab",
    "b3": "III. Tujuan dan Jadwal",
    "tujuan": "Tujuan dan pemanfaatan data",
    "b4": "IV. Variabel",
    "b5": "V. Desain Kompilasi",
    "pelaksanaan": "Pelaksanaan",
    "frekuensi": "Periode",
    "jenis": "Jenis data",
    "metode": "Cara pengumpulan",
    "cakupan": "Cakupan",
    "wilayah": "Wilayah",
    "b6": "VI. Petugas",
    "petugas": "Petugas",
    "pendidikan": "Pendidikan minimal",
    "sup": "Jumlah pengawas",
    "enum": "Jumlah pengumpul data",
    "pelatihan": "Pelatihan",
    "b7": "VII. Pengolahan dan Penyajian",
    "olah_head": "Tahapan pengolahan",
    "analisis": "Metode analisis",
    "unit": "Unit analisis",
    "tingkat": "Tingkat penyajian",
    "produk": "Produk",
    "rilis": "Tanggal rilis",
}

#: A landscape city form with matrices of choices.
FS3_WORDS["matrix15"] = {
    **FS3_WORDS["lemb"],
    "judul": "Judul Survei",
    "tahun": "Tahun Survei",
    "b1": "I. PENYELENGGARA",
    "instansi": "Instansi Penyelenggara",
    "alamat_head": "Alamat",
    "alamat": "Alamat Kantor",
    "telp": "Telepon",
    "faks": "Faks",
    "email": "E-mail",
    "b2": "II. PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab",
    "mgr": "Manajer Survei",
    "b3": "III. JENIS SURVEI",
    "b4": "IV. TUJUAN DAN VARIABEL",
    "tujuan": "Tujuan Survei",
    "variabel": "Variabel yang dikumpulkan",
    "b5": "V. DESAIN SURVEI",
    "b6": "VI. DESAIN SAMPEL",
    "b7": "VII. PENGOLAHAN, ANALISIS DAN DISEMINASI",
}

REJANG_SIGN = [
    "CURUP, 9 FEBRUARI 2026",
    "KEPALA DINAS PERTANIAN DAN PERIKANAN",
    "KABUPATEN REJANG LEBONG,",
    "",
    "IR. ZULKARNAIN EFFENDI, M.SI.",
    "NIP. 19690322 199503 1 004",
]
BITUNG_SIGN: list[str] = []
TAPUT_SIGN = [
    "Tarutung, 23 Februari 2026",
    "Kepala Dinas Lingkungan Hidup",
    "Kabupaten Tapanuli Utara,",
    "",
    "Jonny Hutabarat, S.T., M.Si.",
    "NIP. 19750908 200312 1 006",
]
MERAUKE_SIGN = [
    "Merauke, 2 Januari 2026",
    "Kepala Badan Kepegawaian dan Pengembangan SDM",
    "Kabupaten Merauke,",
    "",
    "Yohanes Gebze, S.Sos., M.AP.",
    "NIP. 19720415 199803 1 008",
]
CIREBON_SIGN = [
    "Cirebon, 16 Maret 2026",
    "Kepala Dinas Pemuda, Olahraga, Kebudayaan dan Pariwisata",
    "Kota Cirebon,",
    "",
    "Agus Sukmanjaya, S.H., M.Si.",
    "NIP. 19730520 199903 1 005",
]


def _split(s: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(s, font, size, width) or [""]


def _sw(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(s, font, size)


class _Flow:
    """A canvas with a running y and page breaks (footer drawn by ``foot(page)``)."""

    def __init__(
        self, path: Path, pagesize: tuple[float, float], top: float, bottom: float, foot: Any
    ) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.cv = Canvas(str(path), pagesize=pagesize)
        self.width, self.height = pagesize
        self.top, self.bottom, self.foot = top, bottom, foot
        self.y = self.height - top
        self.page = 1

    def need(self, h: float) -> bool:
        if self.y - h < self.bottom:
            self.new_page()
            return True
        return False

    def new_page(self) -> None:
        self.foot(self.cv, self.page)
        self.cv.showPage()
        self.page += 1
        self.y = self.height - self.top

    def finish(self) -> None:
        self.foot(self.cv, self.page)
        self.cv.showPage()
        self.cv.save()


# --- 1. capitals, abbreviated labels, "JAWAB: n" ------------------------------------------


def _upper(item: Item) -> Item:
    def up(x: Any) -> Any:
        if isinstance(x, str):
            return x.upper()
        if isinstance(x, (list, tuple)):
            return type(x)(up(y) for y in x)
        return x

    return (item[0], *(up(x) for x in item[1:]))


def _merge_fax(script: list[Item]) -> list[Item]:
    """A phone item followed by a fax item becomes one "TELP/FAX : phone / fax" line; a
    phone without a fax item after it is labelled "TELP/HP"."""
    out: list[Item] = []
    for item in script:
        if (
            item[0] == "text"
            and item[2] == "FAX"
            and out
            and len(out[-1]) > 3
            and out[-1][2] == "TELP/FAX"
        ):
            prev = out.pop()
            out.append(("text", prev[1], "TELP/FAX", f"{prev[3]} / {item[3]}"))
            continue
        if (
            out
            and len(out[-1]) > 3
            and out[-1][0] == "text"
            and out[-1][2] == "TELP/FAX"
            and "/" not in out[-1][3]
        ):
            prev = out.pop()
            out.append(("text", prev[1], "TELP/HP", prev[3]))
        out.append(item)
    return out


def render_pdf_caps_jawab(script: list[Item], path: Path) -> None:
    """An old regency template, everything typed in capitals: "R.1.1 NM. INSTANSI : ..."
    on one line, the office phone and fax on one "TELP/FAX" line (the persons' fax, if
    any, the same), options "1. YA  2. TIDAK" in the value column with "JAWAB: 2" after
    them (several codes "JAWAB: 1, 4"), sub-items with "-", tables ruled, capitals
    signature."""
    from reportlab.lib.pagesizes import A4

    font, bold = R._fonts()
    size, lead = 8.6, 12.4
    xl, xlab, xcolon, xv, xr = 46.0, 86.0, 216.0, 224.0, 552.0

    def foot(cv: Any, page: int) -> None:
        cv.setFont(font, 7)
        cv.drawString(xl, 30, "FS3-DISTANIKAN RL/2026")
        cv.drawRightString(xr, 30, f"HAL. {page}")

    f = _Flow(path, A4, 50, 48, foot)
    cv = f.cv
    up = _merge_fax([_upper(item) for item in script])

    def line(number: str, label: str, value_lines: list[str]) -> None:
        labels = _split(label, font, size, xcolon - xlab - 4)
        n = max(len(labels), len(value_lines))
        f.need(n * lead + 1)
        y = f.y - 10
        cv.setFont(font, size)
        cv.drawString(xl, y, number)
        for k, t in enumerate(labels):
            cv.drawString(xlab, y - k * lead, t)
        cv.drawString(xcolon, y, ":")
        for k, t in enumerate(value_lines):
            cv.drawString(xv, y - k * lead, t)
        f.y -= n * lead + 1

    def table(header: list[str], cols: list[float], rows: list[list[str]]) -> None:
        widths = [b - a for a, b in itertools.pairwise(cols)]
        f.need(lead * 3)
        cv.setLineWidth(0.5)

        def row(cells: list[str], fnt: str) -> None:
            split = [_split(t, fnt, size - 0.6, w - 6) for t, w in zip(cells, widths, strict=True)]
            n = max(len(s) for s in split)
            h = n * (lead - 1) + 5
            if f.need(h):
                pass
            top = f.y
            for x, s in zip(cols, split, strict=False):
                for k, t in enumerate(s):
                    cv.setFont(fnt, size - 0.6)
                    cv.drawString(x + 3, top - 10 - k * (lead - 1), t)
            cv.line(cols[0], top, cols[-1], top)
            cv.line(cols[0], top - h, cols[-1], top - h)
            for x in cols:
                cv.line(x, top, x, top - h)
            f.y -= h

        row(header, bold)
        for r in rows:
            row(r, font)
        f.y -= 6

    for k, item in enumerate(up):
        kind = item[0]
        if kind == "title":
            f.need(20)
            cv.setFont(bold, 12)
            cv.drawCentredString(f.width / 2, f.y - 12, item[1])
            f.y -= 16
            if item[1].startswith("SURVEI"):
                f.y -= 8
        elif kind == "block":
            f.y -= 6
            f.need(lead * 3)
            cv.setFont(bold, 9)
            cv.drawString(xl, f.y - 10, item[1])
            f.y -= lead + 3
        elif kind == "head":
            f.need(lead * 2)
            cv.setFont(font, size)
            cv.drawString(xl, f.y - 10, item[1])
            cv.drawString(xlab, f.y - 10, item[2])
            f.y -= lead
        elif kind == "text":
            number, label, value = item[1], item[2], item[3]
            if number.endswith(".") and len(number) <= 3:
                number = ""
                label = "- " + label
            lines = [] if value == "-" else _split(value, font, size, xr - xv)
            line(number, label, lines or [""])
        elif kind == "opts":
            number, label, opts = item[1], item[2], item[3]
            if number.endswith(".") and len(number) <= 3:
                number = ""
                label = "- " + label
            tokens = [f"{c}. {w}" for c, (w, _) in enumerate(opts, 1)]
            chosen = ", ".join(str(c) for c, (_, on) in enumerate(opts, 1) if on)
            rows: list[str] = []
            for t in tokens:
                if rows and _sw(rows[-1] + "   " + t, font, size) <= xr - xv - 70:
                    rows[-1] += "   " + t
                else:
                    rows.append(t)
            labels = _split(label, font, size, xcolon - xlab - 4)
            n = max(len(rows), len(labels))
            f.need(n * lead + 1)
            y = f.y - 10
            cv.setFont(font, size)
            cv.drawString(xl, y, number)
            for j, t in enumerate(labels):
                cv.drawString(xlab, y - j * lead, t)
            cv.drawString(xcolon, y, ":")
            for j, t in enumerate(rows):
                cv.drawString(xv, y - j * lead, t)
            cv.setFont(bold, size)
            last = y - (len(rows) - 1) * lead
            cv.drawString(xv + _sw(rows[-1], font, size) + 14, last, f"JAWAB: {chosen or '-'}")
            f.y -= n * lead + 1
        elif kind == "table":
            line(item[1], item[2], [""])
            table(
                ["NO.", "NAMA VARIABEL", "REF. WAKTU"],
                [xlab, xlab + 28, 390.0, xr],
                [[str(j), *r] for j, r in enumerate(item[4], 1)],
            )
        elif kind == "jadwal":
            line(item[1], item[2], [""])
            table(
                ["TAHAPAN", "MULAI", "SELESAI"],
                [xlab, 300.0, 426.0, xr],
                [list(r) for r in item[4]],
            )
        elif kind == "note":
            f.need(lead)
            cv.setFont(font, size)
            cv.drawString(xlab, f.y - 10, item[1])
            f.y -= lead
        elif kind == "sign":
            f.y -= 14
            f.need(8 * lead)
            for t in item[1]:
                cv.setFont(bold if t.startswith("IR.") else font, size)
                cv.drawString(330, f.y - 10, t)
                f.y -= lead if t else 40
        del k
    f.finish()


# --- 2. Google Forms responses view, printed ------------------------------------------------

_GF_MULTI = ("Unit analisis", "Tingkat penyajian", "Produk yang dihasilkan")
_PURPLE = (0.404, 0.227, 0.718)


def _gform_questions(script: list[Item]) -> list[tuple[str, Any, ...]]:
    """The script as Google Form questions: ("section", title), ("short", title, answer),
    ("radio" | "check", title, [(wording, chosen)]). Group headings prefix their sub-items'
    titles (a form has no headings between questions); the processing steps become one
    check-box question; tables become one short question per cell."""
    out: list[tuple[Any, ...]] = []
    head = ""
    block = ""
    steps: list[tuple[str, bool]] = []
    for item in script:
        kind = item[0]
        if kind == "block":
            block = item[1]
            head = ""
            out.append(("section", block))
        elif kind == "head":
            head = item[2]
            if head == "Tahapan pengolahan data":
                steps = []
                out.append(("check", head, steps))
        elif kind == "text":
            label = item[2]
            if head and block == "Penanggung Jawab":
                label = f"{label} {head.lower()}"
            out.append(("short", label, "" if item[3] == "-" else item[3]))
        elif kind == "opts":
            label, opts = item[2], item[3]
            if head == "Tahapan pengolahan data" and [w for w, _ in opts] == ["Ya", "Tidak"]:
                steps.append((label, opts[0][1]))
                continue
            out.append(("check" if label in _GF_MULTI else "radio", label, opts))
        elif kind == "table":
            for n, (nama, ref, sumber) in enumerate(item[4], 1):
                out.append(("short", f"Nama variabel {n}", nama))
                out.append(("short", f"Referensi waktu variabel {n}", ref))
                out.append(("short", f"Sumber data variabel {n}", sumber))
        elif kind == "jadwal":
            for stage, start, end in item[4]:
                out.append(("date", f"{stage} - tanggal mulai", start))
                out.append(("date", f"{stage} - tanggal selesai", end))
    return out


def render_gform_print(script: list[Item], path: Path, *, title: str, respondent: str) -> None:
    """An FP-KPA filled in Google Forms and printed from the responses view: browser
    header (date, page title) and footer (the form's URL, "n/N"); a lavender page with
    white rounded cards; the title card with a purple top band and the description;
    the respondent's "Email *" question first; a section tab "Bagian k dari 8" over each
    block's card; each question a card (title, required star, the answer on an
    underline); single choices as radio circles (the chosen one filled), multiple choices
    as check boxes (the chosen ones filled purple with a white tick); dates with a
    calendar glyph; an unanswered optional question with an empty line."""
    from reportlab.lib.pagesizes import A4

    font, _bold = R._fonts()
    qs = _gform_questions(script)
    width, height = A4
    x0, x1 = 92.0, width - 92.0
    inner = x1 - x0 - 36
    url = "https://docs.google.com/forms/d/1mV9rQp4KXc2Tb8sLwZ0yNfHa7UeJ3dGiPqo5B6vRk1E/edit#response=ACYDBNi7Wq2Lx"
    nsec = sum(1 for q in qs if q[0] == "section") + 1

    def card_h(q: tuple[Any, ...]) -> float:
        if q[0] == "section":
            return 58
        lines = len(_split(q[1], font, 10.5, inner))
        h = 22 + lines * 14
        if q[0] in ("short", "date"):
            h += 12 + 13 * len(_split(q[2] or " ", font, 9.5, inner))
        else:
            h += 8 + 19 * len(q[2])
        return h + 12

    # lay the cards out on pages first (for "n/N")
    pages: list[list[tuple[Any, ...]]] = [[("titlecard",)]]
    y = height - 40 - 150
    for q in [("short", "Email", respondent, True), *qs]:
        h = card_h(q) + (22 if q[0] == "section" else 0)
        if y - h < 48:
            pages.append([])
            y = height - 40
        pages[-1].append(q)
        y -= h + 10

    from reportlab.pdfgen.canvas import Canvas

    cv = Canvas(str(path), pagesize=A4)
    section_no = 1
    for pno, cards in enumerate(pages, 1):
        cv.setFillColorRGB(0.941, 0.922, 0.973)
        cv.rect(0, 0, width, height, stroke=0, fill=1)
        cv.setFillGray(0.2)
        cv.setFont(font, 7)
        cv.drawString(24, height - 16, "14/04/26 09.52")
        cv.drawCentredString(width / 2, height - 16, f"{title} - Google Formulir")
        cv.drawString(24, 14, url)
        cv.drawRightString(width - 24, 14, f"{pno}/{len(pages)}")
        y = height - 40
        for q in cards:
            cv.setFillGray(1)
            cv.setStrokeColorRGB(0.85, 0.84, 0.88)
            cv.setLineWidth(0.6)
            if q[0] == "titlecard":
                h = 140
                cv.roundRect(x0, y - h, x1 - x0, h, 7, stroke=1, fill=1)
                cv.setFillColorRGB(*_PURPLE)
                cv.rect(x0, y - 8, x1 - x0, 8, stroke=0, fill=1)
                cv.setFillGray(0.1)
                ty = y - 36
                for t in _split(title, font, 17, x1 - x0 - 36):
                    cv.setFont(font, 17)
                    cv.drawString(x0 + 18, ty, t)
                    ty -= 21
                cv.setFont(font, 9)
                for t in _split(
                    "Formulir ini diisi oleh perangkat daerah yang akan menyelenggarakan kompilasi "
                    "produk administrasi, sebagai pemberitahuan kepada BPS Kota Bitung untuk "
                    "memperoleh rekomendasi kegiatan statistik.",
                    font,
                    9,
                    x1 - x0 - 36,
                ):
                    cv.drawString(x0 + 18, ty, t)
                    ty -= 12
                cv.setStrokeGray(0.85)
                cv.line(x0, ty + 2, x1, ty + 2)
                cv.setFillColorRGB(0.85, 0.1, 0.1)
                cv.drawString(x0 + 18, ty - 12, "* Menunjukkan pertanyaan yang wajib diisi")
                y -= h + 10
                continue
            h = card_h(q)
            if q[0] == "section":
                section_no += 1
                cv.setFillColorRGB(*_PURPLE)
                cv.roundRect(x0, y - 22, 150, 22, 5, stroke=0, fill=1)
                cv.setFillGray(1)
                cv.setFont(font, 9)
                cv.drawString(x0 + 12, y - 15, f"Bagian {section_no} dari {nsec}")
                y -= 20
                cv.setFillGray(1)
                cv.roundRect(x0, y - h, x1 - x0, h, 7, stroke=1, fill=1)
                cv.setFillColorRGB(*_PURPLE)
                cv.rect(x0, y - 8, x1 - x0, 8, stroke=0, fill=1)
                cv.setFillGray(0.1)
                cv.setFont(font, 14)
                cv.drawString(x0 + 18, y - 34, q[1])
                y -= h + 10
                continue
            cv.roundRect(x0, y - h, x1 - x0, h, 7, stroke=1, fill=1)
            ty = y - 24
            required = q[0] != "short" or q[2] or len(q) > 3
            tl = _split(q[1], font, 10.5, inner)
            for k, t in enumerate(tl):
                cv.setFillGray(0.12)
                cv.setFont(font, 10.5)
                cv.drawString(x0 + 18, ty, t)
                if k == len(tl) - 1 and required:
                    cv.setFillColorRGB(0.85, 0.1, 0.1)
                    cv.drawString(x0 + 18 + _sw(t, font, 10.5) + 4, ty, "*")
                ty -= 14
            if q[0] in ("short", "date"):
                ty -= 10
                cv.setFillGray(0.15)
                lines = _split(q[2] or " ", font, 9.5, inner)
                for t in lines:
                    cv.setFont(font, 9.5)
                    cv.drawString(x0 + 18, ty, t)
                    ty -= 13
                cv.setStrokeGray(0.75)
                cv.setDash(1, 2)
                cv.line(
                    x0 + 18, ty + 9, x0 + 18 + (inner if len(lines) > 1 else inner * 0.55), ty + 9
                )
                cv.setDash()
                if q[0] == "date":
                    cx = x0 + 18 + inner * 0.55 - 10
                    cv.setStrokeGray(0.4)
                    cv.rect(cx, ty + 12, 9, 8, stroke=1, fill=0)
                    cv.line(cx, ty + 17.5, cx + 9, ty + 17.5)
            else:
                ty -= 6
                for wording, chosen in q[2]:
                    cx, cy = x0 + 26, ty + 3
                    if q[0] == "radio":
                        cv.setStrokeColorRGB(*(_PURPLE if chosen else (0.4, 0.4, 0.4)))
                        cv.setLineWidth(1.2)
                        cv.circle(cx, cy, 5.5, stroke=1, fill=0)
                        if chosen:
                            cv.setFillColorRGB(*_PURPLE)
                            cv.circle(cx, cy, 2.8, stroke=0, fill=1)
                    else:
                        cv.setLineWidth(1.2)
                        if chosen:
                            cv.setFillColorRGB(*_PURPLE)
                            cv.roundRect(cx - 5.5, cy - 5.5, 11, 11, 1.5, stroke=0, fill=1)
                            cv.setStrokeGray(1)
                            cv.setLineWidth(1.6)
                            cv.line(cx - 3, cy, cx - 0.8, cy - 2.6)
                            cv.line(cx - 0.8, cy - 2.6, cx + 3.4, cy + 2.8)
                        else:
                            cv.setStrokeGray(0.4)
                            cv.roundRect(cx - 5.5, cy - 5.5, 11, 11, 1.5, stroke=1, fill=0)
                    cv.setLineWidth(0.6)
                    cv.setFillGray(0.15)
                    cv.setFont(font, 9.5)
                    cv.drawString(cx + 14, ty, wording)
                    ty -= 19
            y -= h + 10
        cv.showPage()
    cv.save()


# --- 3. ruled two-column grid, scanned at 150 dpi with show-through ---------------------------


def render_pdf_grid_strike(script: list[Item], path: Path) -> None:
    """A printed FS3 as one ruled grid: a narrow number cell, the label cell and the value
    cell on every row; group headings span label and value; blocks as grey full-width
    rows. Two-way items marked "*)" print both wordings "Sekali / Berulang" and the one
    that does not apply is struck through ("coret yang tidak perlu"); longer lists as
    small drawn boxes with a pen tick; the variable and schedule tables as grids spanning
    label and value. Block VI left empty (rows with nothing in the value cells)."""
    from reportlab.lib.pagesizes import A4

    font, bold = R._fonts()
    size, lead = 8.8, 11.6
    xl, xn, xlab, xr = 44.0, 78.0, 250.0, 552.0

    def foot(cv: Any, page: int) -> None:
        cv.setFont(font, 7)
        cv.drawString(xl, 28, "*) Coret yang tidak perlu")
        cv.drawRightString(xr, 28, f"FS3 - halaman {page}")

    f = _Flow(path, A4, 48, 46, foot)
    cv = f.cv
    cv.setLineWidth(0.6)

    def rule_row(h: float, cells: list[float]) -> None:
        top = f.y
        cv.rect(xl, top - h, xr - xl, h, stroke=1, fill=0)
        for x in cells:
            cv.line(x, top, x, top - h)

    def text_row(number: str, label: str, value: str) -> None:
        labels = _split(label, font, size, xlab - xn - 8)
        values = _split(value, font, size, xr - xlab - 10) if value else [""]
        n = max(len(labels), len(values))
        h = n * lead + 6
        f.need(h)
        rule_row(h, [xn, xlab])
        cv.setFont(font, size)
        cv.drawString(xl + 4, f.y - 11, number)
        for k, t in enumerate(labels):
            cv.drawString(xn + 4, f.y - 11 - k * lead, t)
        for k, t in enumerate(values):
            cv.drawString(xlab + 5, f.y - 11 - k * lead, t)
        f.y -= h

    def strike_row(number: str, label: str, opts: list[tuple[str, bool]]) -> None:
        labels = _split(label, font, size, xlab - xn - 8)
        h = len(labels) * lead + 6
        f.need(h)
        rule_row(h, [xn, xlab])
        cv.setFont(font, size)
        cv.drawString(xl + 4, f.y - 11, number)
        for k, t in enumerate(labels):
            cv.drawString(xn + 4, f.y - 11 - k * lead, t)
        x = xlab + 5
        y = f.y - 11
        for j, (w, chosen) in enumerate(opts):
            cv.drawString(x, y, w)
            tw = _sw(w, font, size)
            if not chosen:
                cv.setLineWidth(1.1)
                cv.line(x - 2, y + 3.2, x + tw + 2, y + 3.6)
                cv.setLineWidth(0.6)
            x += tw
            if j < len(opts) - 1:
                cv.drawString(x + 4, y, "/")
                x += 16
        f.y -= h

    def box_row(number: str, label: str, opts: list[tuple[str, bool]]) -> None:
        labels = _split(label, font, size, xlab - xn - 8)
        rows: list[list[tuple[str, bool]]] = [[]]
        x = xlab + 5
        for w, chosen in opts:
            tw = 14 + _sw(w, font, size) + 12
            if x + tw > xr - 4 and rows[-1]:
                rows.append([])
                x = xlab + 5
            rows[-1].append((w, chosen))
            x += tw
        n = max(len(labels), len(rows))
        h = n * (lead + 2) + 6
        f.need(h)
        rule_row(h, [xn, xlab])
        cv.setFont(font, size)
        cv.drawString(xl + 4, f.y - 11, number)
        for k, t in enumerate(labels):
            cv.drawString(xn + 4, f.y - 11 - k * (lead + 2), t)
        for r, row in enumerate(rows):
            x = xlab + 5
            y = f.y - 11 - r * (lead + 2)
            for w, chosen in row:
                cv.rect(x, y - 1.5, 8.5, 8.5, stroke=1, fill=0)
                if chosen:
                    cv.setLineWidth(1.4)
                    cv.line(x + 1.2, y + 3.5, x + 3.6, y + 0.2)
                    cv.line(x + 3.6, y + 0.2, x + 9.5, y + 9.8)
                    cv.setLineWidth(0.6)
                cv.drawString(x + 13, y, w)
                x += 14 + _sw(w, font, size) + 12
        f.y -= h

    def grid(cols: list[float], header: list[str], rows: list[list[str]]) -> None:
        widths = [b - a for a, b in itertools.pairwise(cols)]
        for r, fnt in [(header, bold), *[(row, font) for row in rows]]:
            split = [_split(t, fnt, size - 0.4, w - 6) for t, w in zip(r, widths, strict=True)]
            h = max(len(s) for s in split) * lead + 5
            f.need(h)
            top = f.y
            cv.rect(cols[0], top - h, cols[-1] - cols[0], h, stroke=1, fill=0)
            for x in cols[1:-1]:
                cv.line(x, top, x, top - h)
            for x, s in zip(cols, split, strict=False):
                for k, t in enumerate(s):
                    cv.setFont(fnt, size - 0.4)
                    cv.drawString(x + 3, top - 10.5 - k * lead, t)
            f.y -= h

    for item in script:
        kind = item[0]
        if kind == "title":
            f.need(20)
            cv.setFont(bold, 12)
            cv.drawCentredString(f.width / 2, f.y - 12, item[1])
            f.y -= 17
            if item[1].startswith("SURVEI"):
                f.y -= 6
        elif kind == "block":
            h = lead + 7
            f.need(h + lead * 2)
            cv.setFillGray(0.82)
            cv.rect(xl, f.y - h, xr - xl, h, stroke=1, fill=1)
            cv.setFillGray(0)
            cv.setFont(bold, size + 0.4)
            cv.drawString(xl + 4, f.y - 12, item[1])
            f.y -= h
        elif kind == "head":
            h = lead + 6
            f.need(h + lead)
            rule_row(h, [xn])
            cv.setFont(bold, size)
            cv.drawString(xl + 4, f.y - 11, item[1])
            cv.drawString(xn + 4, f.y - 11, item[2])
            f.y -= h
        elif kind == "text":
            text_row(item[1], item[2], "" if item[3] == "-" else item[3])
        elif kind == "opts":
            if item[2].endswith("*)"):
                strike_row(item[1], item[2], item[3])
            else:
                box_row(item[1], item[2], item[3])
        elif kind == "table":
            text_row(item[1], item[2], "")
            grid(
                [xl, xn, 380.0, xr],
                ["No.", "Nama Variabel", "Referensi Waktu"],
                [[str(k), *r] for k, r in enumerate(item[4], 1)],
            )
        elif kind == "jadwal":
            text_row(item[1], item[2], "")
            grid(
                [xl, xn + 80, 330.0, xr],
                ["Tahapan", "Mulai", "Selesai"],
                [list(r) for r in item[4]],
            )
        elif kind == "note":
            for number, label in [
                ("6.1", "Rancangan sampel"),
                ("6.2", "Kerangka sampel"),
                ("6.3", "Fraksi sampel"),
                ("6.4", "Unit sampel dan jumlah sampel"),
                ("6.5", "Perkiraan sampling error"),
                ("6.6", "Unit observasi/responden"),
            ]:
                text_row(number, label, "")
        elif kind == "sign":
            f.y -= 16
            f.need(8 * lead)
            for t in item[1]:
                cv.setFont(font, size + 0.4)
                cv.drawString(340, f.y - 10, t)
                f.y -= lead + 1 if t else 44
    f.finish()


def scan_showthrough_jpeg_pdf(
    make_pdf: Any, path: Path, *, dpi: int = 150, angle: float = 0.8, quality: int = 62
) -> None:
    """``make_pdf(pdf_path)`` printed double-sided on thin paper and scanned to a PDF of
    low-resolution JPEG pages: each page's back (the next page, mirrored) shows through
    faintly, the page is turned by ``angle`` degrees, greyish paper, noise."""
    import tempfile

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter, ImageOps

    rng = np.random.default_rng(15)
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "form.pdf"
        make_pdf(pdf)
        doc = pdfium.PdfDocument(str(pdf))
        raw = [
            doc[k].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            for k in range(len(doc))
        ]
        doc.close()
    pages = []
    for k, img in enumerate(raw):
        front = np.asarray(img, dtype=np.float32)
        back_img = raw[(k + 1) % len(raw)] if len(raw) > 1 else img
        back = ImageOps.mirror(back_img).filter(ImageFilter.GaussianBlur(1.6))
        back_arr = np.asarray(back.resize(img.size), dtype=np.float32)
        paper = 236.0 - (255.0 - back_arr) * 0.13
        arr = np.minimum(front * (paper / 255.0), paper)
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L")
        out = out.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=238)
        arr = np.asarray(out, dtype=np.float32) + rng.normal(0.0, 5.0, (out.height, out.width))
        pages.append(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), mode="L"))
    pages[0].save(
        str(path),
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        quality=quality,
    )


# --- 5. Word: a heading and a borderless two-column table per block, persons in prose --------

MERAUKE_PROSE = (
    "Penanggung jawab kegiatan ini adalah Yohanes Gebze, S.Sos., M.AP., Kepala Badan "
    "Kepegawaian dan Pengembangan SDM, beralamat kantor di Jl. TMP Polder No. 1, Merauke, "
    "telepon 0812-4888-1027, surel yohanes.gebze@meraukekab.go.id.",
    "Sebagai penanggung jawab teknis ditunjuk Agustina Ndiken, S.E., Kepala Bidang "
    "Pengadaan, Pemberhentian dan Informasi, dengan alamat Jl. TMP Polder No. 1, Merauke, "
    "nomor telepon 0821-9745-6630 dan surel agustina.ndiken@meraukekab.go.id.",
)


def render_docx_heading_tables(script: list[Item], path: Path, *, prose: tuple[str, ...]) -> None:
    """A Word FP-KPA: each block a bold heading paragraph followed by a two-column table
    without borders (label | ": value"); the chosen option written out (several joined by
    commas, the processing steps as "Ya"/"Tidak" rows); block II not a table but two
    sentences naming each person with title, address, phone and e-mail; the variables
    and schedule as borderless tables with a bold header; an empty fax row left blank."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(0)

    table = None

    def pair_table() -> Any:
        t = doc.add_table(rows=0, cols=2)
        t.autofit = False
        return t

    def add_pair(label: str, value: str) -> None:
        nonlocal table
        if table is None:
            table = pair_table()
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(5.6), Cm(10.8)
        table.columns[0].width, table.columns[1].width = Cm(5.6), Cm(10.8)
        cells[0].paragraphs[0].add_run(label)
        cells[1].paragraphs[0].add_run(f": {value}" if value else ":")

    def grid(header: list[str], rows: list[list[str]], widths: list[float]) -> None:
        t = doc.add_table(rows=1, cols=len(header))
        for c, h in zip(t.rows[0].cells, header, strict=True):
            c.paragraphs[0].add_run(h).bold = True
        for r in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, r, strict=True):
                c.paragraphs[0].add_run(v)
        for row in t.rows:
            for c, w in zip(row.cells, widths, strict=True):
                c.width = Cm(w)
        for col, w in zip(t.columns, widths, strict=True):
            col.width = Cm(w)

    head = ""
    for item in script:
        kind = item[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(item[1]).bold = True
            if item[1].startswith("KOMPILASI"):
                p.paragraph_format.space_after = Pt(12)
        elif kind == "block":
            table = None
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.space_after = Pt(4)
            r = p.add_run(item[1])
            r.bold = True
            r.font.size = Pt(11)
            if item[1].startswith("II."):
                for text in prose:
                    q = doc.add_paragraph(text)
                    q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                    q.paragraph_format.space_after = Pt(6)
                    q.paragraph_format.first_line_indent = Cm(1)
        elif kind == "head":
            head = item[2]
            if item[1].startswith("7."):
                add_pair(head, "")
        elif kind == "text":
            if item[1].startswith("2."):
                continue
            value = "" if item[3] == "-" else item[3]
            label = item[2]
            add_pair(label, value)
        elif kind == "opts":
            opts = item[3]
            chosen = [w for w, on in opts if on]
            if [w for w, _ in opts] == ["Ya", "Tidak"] and head == "Tahapan pengolahan":
                add_pair(f"- {item[2]}", chosen[0] if chosen else "")
                continue
            add_pair(item[2], ", ".join(chosen))
        elif kind == "table":
            table = None
            grid(
                ["No.", "Variabel", "Referensi Waktu", "Sumber Data"],
                [[str(k), *r] for k, r in enumerate(item[4], 1)],
                [1.0, 6.6, 3.4, 5.4],
            )
        elif kind == "jadwal":
            add_pair(item[2], "")
            table = None
            grid(["Tahapan", "Mulai", "Selesai"], [list(r) for r in item[4]], [6.0, 4.5, 4.5])
            p = doc.add_paragraph()
            table = None
        elif kind == "sign":
            doc.add_paragraph()
            for line in item[1]:
                p = doc.add_paragraph(line)
                p.paragraph_format.left_indent = Cm(8.5)
                if not line:
                    p.paragraph_format.space_after = Pt(30)
    doc.save(str(path))


# --- 6. landscape, choices as matrices, variables in an appendix ----------------------------


def render_pdf_matrix(script: list[Item], path: Path, *, appendix_title: str) -> None:
    """A landscape FS3: text items as "number  label : value" lines across the page; every
    run of choice items a ruled matrix, one row per item and one column per option (the
    wording small in the cell, an "X" typed under it in the chosen cells), yes/no items
    as a separate matrix with "Ya | Tidak" columns; the processing steps under their
    heading in such a matrix; the schedule a matrix of stages by "Mulai | Selesai"; the
    variable list replaced by "lihat Lampiran" and printed on a last page headed
    "LAMPIRAN"."""
    from reportlab.lib.pagesizes import A4, landscape

    font, bold = R._fonts()
    size, lead = 8.8, 11.8
    pagesize = landscape(A4)
    xl, xlab, xcolon, xv, xr = 40.0, 74.0, 268.0, 276.0, 802.0

    def foot(cv: Any, page: int) -> None:
        cv.setFont(font, 7)
        cv.drawString(xl, 22, "Formulir FS3 - Disporbudpar Kota Cirebon")
        cv.drawRightString(xr, 22, f"Lembar {page}")

    f = _Flow(path, pagesize, 40, 38, foot)
    cv = f.cv
    cv.setLineWidth(0.6)
    variables: list[tuple[str, ...]] = []
    group: list[Item] = []

    def text_line(number: str, label: str, value: str) -> None:
        labels = _split(label, font, size, xcolon - xlab - 4)
        values = _split(value, font, size, xr - xv) if value else [""]
        n = max(len(labels), len(values))
        f.need(n * lead + 2)
        cv.setFont(font, size)
        cv.drawString(xl, f.y - 10, number)
        for k, t in enumerate(labels):
            cv.drawString(xlab, f.y - 10 - k * lead, t)
        cv.drawString(xcolon, f.y - 10, ":")
        for k, t in enumerate(values):
            cv.drawString(xv, f.y - 10 - k * lead, t)
        f.y -= n * lead + 2

    def matrix(
        rows: list[tuple[str, str, list[tuple[str, bool]]]], header: list[str] | None
    ) -> None:
        ncol = max(len(r[2]) for r in rows)
        x0, xlab_end = xl, 250.0
        cw = (xr - xlab_end) / ncol
        small = 6.8
        if header:
            h = lead + 4
            f.need(h + 30)
            top = f.y
            cv.setFillGray(0.88)
            cv.rect(x0, top - h, xr - x0, h, stroke=1, fill=1)
            cv.setFillGray(0)
            cv.setFont(bold, size)
            cv.drawString(x0 + 4, top - 11, "Rincian")
            for j, t in enumerate(header):
                cv.drawCentredString(xlab_end + cw * (j + 0.5), top - 11, t)
                cv.line(xlab_end + cw * j, top, xlab_end + cw * j, top - h)
            f.y -= h
        for number, label, opts in rows:
            labels = _split(label, font, size, xlab_end - x0 - 34)
            cells = (
                [_split(w, font, small, cw - 6) for w, _ in opts]
                if not header
                else [[] for _ in opts]
            )
            n_w = max((len(c) for c in cells), default=0)
            h = max(len(labels) * lead, n_w * 8.2 + 13 if not header else lead) + 6
            f.need(h)
            top = f.y
            cv.rect(x0, top - h, xr - x0, h, stroke=1, fill=0)
            cv.line(xlab_end, top, xlab_end, top - h)
            cv.setFont(font, size)
            cv.drawString(x0 + 4, top - 11, number)
            for k, t in enumerate(labels):
                cv.drawString(x0 + 34, top - 11 - k * lead, t)
            for j in range(ncol):
                cv.line(xlab_end + cw * j, top, xlab_end + cw * j, top - h)
            for j, (cell, (_, on)) in enumerate(zip(cells, opts, strict=True)):
                cx = xlab_end + cw * (j + 0.5)
                cv.setFont(font, small)
                for k, t in enumerate(cell):
                    cv.drawCentredString(cx, top - 9 - k * 8.2, t)
                if on:
                    cv.setFont(bold, 10)
                    cv.drawCentredString(cx, top - h + 5 if not header else top - 12, "X")
            f.y -= h
        f.y -= 6

    def flush() -> None:
        """Consecutive choice items as matrices: runs of yes/no items in a "Ya | Tidak"
        matrix, other runs in a matrix of their own options."""
        for yes_no, run in itertools.groupby(
            group, key=lambda it: [w for w, _ in it[3]] == ["Ya", "Tidak"]
        ):
            rows = [(it[1], it[2], it[3]) for it in run]
            matrix(rows, ["Ya", "Tidak"] if yes_no else None)
        group.clear()

    for item in script:
        kind = item[0]
        if kind != "opts":
            flush()
        if kind == "title":
            f.need(20)
            cv.setFont(bold, 12.5)
            cv.drawCentredString(f.width / 2, f.y - 12, item[1])
            f.y -= 17
            if item[1].startswith("SURVEI"):
                f.y -= 6
        elif kind == "block":
            f.y -= 6
            f.need(lead * 4)
            cv.setFont(bold, 9.6)
            cv.drawString(xl, f.y - 11, item[1])
            cv.line(xl, f.y - 14, xr, f.y - 14)
            f.y -= lead + 6
        elif kind == "head":
            f.need(lead * 3)
            cv.setFont(font, size)
            cv.drawString(xl, f.y - 10, item[1])
            cv.drawString(xlab, f.y - 10, item[2])
            f.y -= lead
        elif kind == "text":
            number = item[1]
            if number.count(".") == 2:
                number = "   " + "abcdefg"[int(number.split(".")[-1]) - 1] + "."
            text_line(number, item[2], "" if item[3] == "-" else item[3])
        elif kind == "opts":
            number = item[1]
            if number.count(".") == 2:
                number = "   " + "abcdefg"[int(number.split(".")[-1]) - 1] + "."
            group.append(("opts", number, item[2], item[3]))
        elif kind == "table":
            variables = list(item[4])
            text_line(item[1], item[2], "lihat Lampiran")
        elif kind == "jadwal":
            text_line(item[1], item[2], "")
            stages = [
                (f"   {k}.", r[0], [(r[1], True), (r[2], True)]) for k, r in enumerate(item[4], 1)
            ]
            # the schedule: stage rows by Mulai | Selesai, the dates typed in the cells
            h = lead + 4
            f.need(h * 7)
            xs = [xl, 250.0, 420.0, 590.0]
            top = f.y
            cv.setFillGray(0.88)
            cv.rect(xl, top - h, xs[-1] - xl, h, stroke=1, fill=1)
            cv.setFillGray(0)
            cv.setFont(bold, size)
            for x, t in zip(xs, ["Tahapan", "Mulai", "Selesai"], strict=False):
                cv.drawString(x + 4, top - 11, t)
                cv.line(x, top, x, top - h)
            f.y -= h
            for number, stage, dates in stages:
                top = f.y
                cv.rect(xl, top - h, xs[-1] - xl, h, stroke=1, fill=0)
                cv.setFont(font, size)
                cv.drawString(xl + 4, top - 11, f"{number.strip()} {stage}")
                for x, (d, _) in zip(xs[1:], dates, strict=False):
                    cv.line(x, top, x, top - h)
                    cv.drawString(x + 4, top - 11, d)
                f.y -= h
            f.y -= 6
        elif kind == "note":
            text_line("", item[1], "")
        elif kind == "sign":
            f.y -= 10
            f.need(8 * lead)
            for t in item[1]:
                cv.setFont(font, size)
                cv.drawString(540, f.y - 10, t)
                f.y -= lead if t else 40
    flush()
    # the appendix page
    f.new_page()
    cv.setFont(bold, 11)
    cv.drawString(xl, f.y - 12, "LAMPIRAN")
    cv.setFont(font, 9.5)
    cv.drawString(xl, f.y - 28, appendix_title)
    f.y -= 46
    cols = [xl, xl + 40, 470.0, xr]
    h = lead + 6
    for k, row in enumerate(
        [
            ("No.", "Nama Variabel", "Referensi Waktu"),
            *[(str(j), *r) for j, r in enumerate(variables, 1)],
        ]
    ):
        top = f.y
        cv.rect(cols[0], top - h, cols[-1] - cols[0], h, stroke=1, fill=0)
        for x, t in zip(cols, row, strict=False):
            cv.line(x, top, x, top - h)
            cv.setFont(bold if k == 0 else font, size)
            cv.drawString(x + 4, top - 12, t)
        f.y -= h
    f.finish()


# --- 4. land office's cover letter, stamp and signature over the name, scanned --------------


def render_letter_pertanahan(path: Path) -> None:
    """A Kantor Pertanahan's letter: ministry line, office and province under an emblem
    (a drawn circle) at the left, address and e-mail, a thick-thin rule; Nomor, Lampiran
    and Hal at the left with "Ternate, 14 April 2026" at the right of the Nomor line (Hal
    over two lines); "Yth." with the addressee, "di -", "Ternate" indented; body; the
    signer's title over two lines, a round blue-grey office stamp over the title and the
    name, a scribbled signature drawn across the name, NIP below."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font, bold = R._fonts()
    _width, height = A4
    cv = Canvas(str(path), pagesize=A4)
    xl, xr = 70.0, 530.0
    # letterhead
    cv.setLineWidth(1.4)
    cv.circle(xl + 30, height - 86, 30, stroke=1, fill=0)
    cv.setFont(bold, 7)
    cv.drawCentredString(xl + 30, height - 84, "ATR/BPN")
    cx = (xl + 62 + xr) / 2
    cv.setFont(bold, 11)
    cv.drawCentredString(cx, height - 62, "KEMENTERIAN AGRARIA DAN TATA RUANG/")
    cv.drawCentredString(cx, height - 76, "BADAN PERTANAHAN NASIONAL")
    cv.setFont(bold, 12.5)
    cv.drawCentredString(cx, height - 92, "KANTOR PERTANAHAN KOTA TERNATE")
    cv.setFont(bold, 11)
    cv.drawCentredString(cx, height - 106, "PROVINSI MALUKU UTARA")
    cv.setFont(font, 8)
    cv.drawCentredString(
        cx, height - 119, "Jl. Raya Kalumpang No. 5, Kelurahan Kalumpang, Ternate Tengah 97712"
    )
    cv.drawCentredString(
        cx,
        height - 129,
        "Telepon (0921) 3121078, Laman ternatekota.atrbpn.go.id, Surel kantah-ternate@atrbpn.go.id",
    )
    cv.setLineWidth(2.2)
    cv.line(xl - 10, height - 138, xr + 10, height - 138)
    cv.setLineWidth(0.6)
    cv.line(xl - 10, height - 141.5, xr + 10, height - 141.5)
    size = 10.5
    y = height - 172
    cv.setFont(font, size)
    rows = [
        ("Nomor", "412/82.71-MP.01.02/IV/2026"),
        ("Lampiran", "1 (satu) berkas"),
        ("Hal", "Permohonan Rekomendasi Kegiatan Statistik"),
        ("", "Kompilasi Data Pendaftaran Tanah Kota Ternate"),
        ("", "Tahun 2026"),
    ]
    for k, (label, value) in enumerate(rows):
        cv.drawString(xl, y, label)
        if label:
            cv.drawString(xl + 58, y, ":")
        cv.drawString(xl + 66, y, value)
        if k == 0:
            cv.drawRightString(xr, y, "Ternate, 14 April 2026")
        y -= 14
    y -= 14
    for line in [
        "Yth. Kepala Badan Pusat Statistik Kota Ternate",
        "di -",
        "      Ternate",
    ]:
        cv.drawString(xl, y, line)
        y -= 14
    y -= 12
    body = [
        "Dalam rangka penyediaan data pertanahan sebagai bahan perencanaan tata ruang dan "
        "pelayanan publik, Kantor Pertanahan Kota Ternate akan menyelenggarakan Kompilasi Data "
        "Pendaftaran Tanah Kota Ternate Tahun 2026 yang bersumber dari aplikasi Komputerisasi "
        "Kegiatan Pertanahan (KKP).",
        "Sesuai dengan Undang-Undang Nomor 16 Tahun 1997 tentang Statistik dan Peraturan "
        "Presiden Nomor 39 Tahun 2019 tentang Satu Data Indonesia, bersama ini kami sampaikan "
        "Formulir Pemberitahuan Kompilasi Produk Administrasi (FP-KPA) kegiatan dimaksud untuk "
        "mendapatkan rekomendasi kegiatan statistik.",
        "Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
    ]
    for para in body:
        lines = _split(para, font, size, xr - xl - 30)
        for k, t in enumerate(lines):
            cv.drawString(xl + (30 if k == 0 else 0), y, t)
            y -= 15
        y -= 6
    # signature block
    y -= 14
    xs = 300.0
    cv.drawString(xs, y, "Kepala Kantor Pertanahan")
    cv.drawString(xs, y - 14, "Kota Ternate,")
    name_y = y - 84
    cv.setFont(bold, size)
    cv.drawString(xs, name_y, "Muhammad Ridwan Hasan, S.SiT., M.H.")
    cv.setLineWidth(0.6)
    cv.line(xs, name_y - 2, xs + _sw("Muhammad Ridwan Hasan, S.SiT., M.H.", bold, size), name_y - 2)
    cv.setFont(font, size)
    cv.drawString(xs, name_y - 14, "NIP. 19780615 200212 1 003")
    # stamp over the title and the name (semi-transparent ink)
    sx, sy = xs + 6, y - 44
    cv.saveState()
    cv.setStrokeColorRGB(0.35, 0.42, 0.62, alpha=0.75)
    cv.setFillColorRGB(0.35, 0.42, 0.62, alpha=0.75)
    cv.setLineWidth(2.0)
    cv.circle(sx, sy, 44, stroke=1, fill=0)
    cv.setLineWidth(0.9)
    cv.circle(sx, sy, 31, stroke=1, fill=0)
    text = "KANTOR PERTANAHAN KOTA TERNATE * "
    cv.setFont(bold, 6.4)
    for k, ch in enumerate(text):
        a = math.radians(90 - k * 360 / len(text))
        cv.saveState()
        cv.translate(sx + 37.5 * math.cos(a), sy + 37.5 * math.sin(a))
        cv.rotate(math.degrees(a) - 90)
        cv.drawCentredString(0, -2, ch)
        cv.restoreState()
    cv.setFont(bold, 6.8)
    cv.drawCentredString(sx, sy + 4, "ATR/BPN")
    cv.drawCentredString(sx, sy - 6, "MALUKU UTARA")
    cv.restoreState()
    # a scribbled signature across the name
    rng = random.Random(15)
    cv.saveState()
    cv.setStrokeColorRGB(0.08, 0.1, 0.3)
    cv.setLineWidth(1.1)
    p = cv.beginPath()
    x, yy = xs + 20, name_y + 18
    p.moveTo(x, yy)
    for _ in range(11):
        x2 = x + rng.uniform(8, 18)
        p.curveTo(
            x + rng.uniform(-6, 6),
            yy + rng.uniform(10, 26),
            x2 + rng.uniform(-8, 4),
            yy - rng.uniform(10, 24),
            x2,
            yy + rng.uniform(-6, 6),
        )
        x = x2
    p.curveTo(x + 20, yy + 12, xs + 40, name_y - 4, xs + 12, name_y + 4)
    cv.drawPath(p, stroke=1, fill=0)
    cv.restoreState()
    cv.setFont(font, 9)
    ty = name_y - 50
    cv.drawString(xl, ty, "Tembusan:")
    cv.drawString(xl, ty - 12, "1. Kepala Kantor Wilayah BPN Provinsi Maluku Utara;")
    cv.drawString(xl, ty - 24, "2. Arsip.")
    cv.showPage()
    cv.save()


# --- documents ----------------------------------------------------------------------------


def documents() -> list[Any]:
    """The wave-15 held-out documents."""
    from tests.independent.build import HeldOut

    return [
        HeldOut(
            "fs3-rejanglebong-caps-jawab.pdf",
            "fs3",
            lambda p: render_pdf_caps_jawab(
                fs3_script(FS3_REJANG_CAPS, "caps15", num_r, titles=FS3_TITLES, signer=REJANG_SIGN),
                p,
            ),
            expected(FS3_REJANG_CAPS),
            note="old regency template typed all in capitals (values too, e-mail addresses "
            "included) with abbreviated labels 'NM. INSTANSI', 'ALMT. KANTOR', 'PROP.', "
            "'JAB.', 'PJ KEGIATAN', 'JML. PETUGAS', 'MTD. SAMPLING', 'TKT. PENYAJIAN', "
            "'TGL. RILIS'; office phone and fax on one 'TELP/FAX : (0732) 21045 / (0732) "
            "21046' line (the person's 'TELP/FAX : 0812-... / -'), the manager's 'TELP/HP'; "
            "R. numbers with sub-items as '- LABEL'; every option list as '1. A   2. B ...' "
            "in the value column (wrapped) with 'JAWAB: 2' (several 'JAWAB: 3, 4') in bold "
            "after the last option; products as one coded list; ruled tables, dashed dates, "
            "counts '5 ORG'",
        ),
        HeldOut(
            "fpkpa-bitung-googleforms-print.pdf",
            "fp-kpa",
            lambda p: render_gform_print(
                fpkpa_script(
                    FPKPA_BITUNG, "gform15", num_plain, titles=FPKPA_TITLES, signer=BITUNG_SIGN
                ),
                p,
                title="Formulir Pemberitahuan Kompilasi Produk Administrasi (FP-KPA) 2026",
                respondent="perencanaan.disdikbud@bitungkota.go.id",
            ),
            expected(FPKPA_BITUNG),
            note="Google Forms responses view printed from the browser: lavender page, white "
            "rounded cards, title card with purple band and description, the respondent's "
            "'Email *' question first (an address that is not the office's), sections as "
            "purple tabs 'Bagian k dari 8' over a heading card; every item a card with the "
            "question title (no numbers; person items as 'Jabatan penanggung jawab teknis') "
            "and the answer on a dotted line below; single choices as drawn radio circles "
            "(chosen filled), multiple choices and the four processing steps as one "
            "check-box question (chosen boxes filled with a white tick); variables as "
            "'Nama variabel 1' / 'Referensi waktu variabel 1' / 'Sumber data variabel 1' "
            "questions, schedule as date questions 'Perencanaan - tanggal mulai' dd/mm/yyyy; "
            "unanswered fax questions with empty lines; browser header and URL/'n/N' footer",
        ),
        HeldOut(
            "fs3-taput-grid-scan150-showthrough.pdf",
            "fs3",
            lambda p: scan_showthrough_jpeg_pdf(
                lambda pdf: render_pdf_grid_strike(
                    fs3_script(
                        FS3_TAPUT, "grid15", num_plain, titles=FS3_TITLES, signer=TAPUT_SIGN
                    ),
                    pdf,
                ),
                p,
            ),
            expected(FS3_TAPUT),
            note="printed ruled grid (number | label | value cells on every row, grey block "
            "rows, group headings spanning) scanned to a PDF of 150 dpi grey JPEG pages "
            "(quality 62), turned 0.8 degrees, the back page mirrored and showing through "
            "faintly; two-way items 'Sekali / Berulang' with the wrong wording struck through "
            "by hand ('*) Coret yang tidak perlu' in the footer), other lists as drawn boxes "
            "with a pen tick; no fax anywhere; purposive sample with block VI printed as "
            "empty rows; frequency list left unticked (one-off survey); full month names",
        ),
        HeldOut(
            "surat-ternate-pertanahan-stamp-scan.tif",
            "surat_pengantar",
            lambda p: R.scan_to_tiff(render_letter_pertanahan, p, angle=-0.4, noise=6.0),
            LETTER_TERNATE_FIELDS,
            note="land office (Kantor Pertanahan, ATR/BPN) letter scanned at 300 dpi to a "
            "TIFF: two-line ministry name, office and province under it beside a drawn "
            "emblem, thick-thin rule; Nomor/Lampiran/Hal at the left with 'Ternate, 14 "
            "April 2026' at the right of the Nomor line, Hal over three lines; 'Yth.' "
            "addressee, 'di -', indented 'Ternate'; a round office stamp (circular text) "
            "over the signer's title and name, a scribbled signature drawn across the "
            "underlined bold name; NIP with spaces, no rank; tembusan",
        ),
        HeldOut(
            "fpkpa-merauke-word-headings-prose.docx",
            "fp-kpa",
            lambda p: render_docx_heading_tables(
                fpkpa_script(
                    FPKPA_MERAUKE, "prose15", num_plain, titles=FPKPA_TITLES, signer=MERAUKE_SIGN
                ),
                p,
                prose=MERAUKE_PROSE,
            ),
            expected(FPKPA_MERAUKE),
            note="Word, no item numbers: each block a bold heading paragraph ('III. Tujuan dan "
            "Jadwal') followed by a borderless two-column table 'label | : value'; chosen "
            "options written out ('Berulang', 'Kabupaten/Kota', several joined by commas), "
            "processing steps as '- Penyuntingan | : Ya' rows; block II given as two "
            "justified sentences ('Penanggung jawab kegiatan ini adalah <name>, <title>, "
            "beralamat kantor di ..., telepon ..., surel ...', 'Sebagai penanggung jawab "
            "teknis ditunjuk ...') with commas inside names and titles; variable and "
            "schedule tables borderless with bold headers; 'Pos-el', 'Kabupaten' labels",
        ),
        HeldOut(
            "fs3-cirebon-landscape-matrix-lampiran.pdf",
            "fs3",
            lambda p: render_pdf_matrix(
                fs3_script(
                    FS3_CIREBON, "matrix15", num_plain, titles=FS3_TITLES, signer=CIREBON_SIGN
                ),
                p,
                appendix_title="Daftar Variabel Survei Partisipasi Olahraga Masyarakat Kota "
                "Cirebon Tahun 2026",
            ),
            expected(FS3_CIREBON),
            note="landscape A4: text items as 'number  label : value' lines across the page; "
            "each run of choice items a ruled matrix (row per item, column per option, the "
            "wording in small type in its cell and a bold 'X' typed at the cell's foot when "
            "chosen; up to ten columns), yes/no items in a separate 'Rincian | Ya | Tidak' "
            "matrix with the X in the column; schedule as a ruled stages-by-'Mulai | Selesai' "
            "table with abbreviated months ('3 Agt 2026'); item 4.2 answered 'lihat "
            "Lampiran' and the variables on a last page headed 'LAMPIRAN'; no office fax",
        ),
    ]
