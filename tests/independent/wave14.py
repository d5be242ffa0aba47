"""Fourteenth wave of the held-out set: six more layouts, made without reading the extractor.

- an FP-KPA in Word whose typed values sit in text boxes (DrawingML shapes with a VML
  fallback, block II in VML-only boxes) beside labels in plain paragraphs;
- an FS3 in Word with nested tables (person blocks and option lists as small tables inside
  the value cell, "Kode | Uraian | Pilihan (√)", "Ya | Tidak" columns) and vertically
  merged number cells;
- a ministry's bilingual FS3 (Indonesian label beside its English translation, items
  renumbered A1..A7, B1.. within lettered blocks, "√" after the chosen wording);
- an FP-KPA typed on a printed dotted-line form, scanned at 300 dpi, turned 1.5 degrees,
  a grey office stamp over the signature;
- a cover letter in Word from a regency hospital (RSUD): date at the left beside the
  Nomor block at the right, "Kepada" alone, "Yth. Bapak ...", a numbered list, a "Plt."
  signer's title over two lines;
- an FS3 where every block is its own small ruled table "No. | Rincian | Keterangan" and
  the choices are answered in full sentences; block VI printed empty (non-probability).
"""

from __future__ import annotations

import itertools
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
)


def _same(text: str) -> tuple[str, str]:
    return (text, text)


# --- content ------------------------------------------------------------------------------

#: A city social-affairs office compiling social-assistance records, quarterly.
FPKPA_JAMBI: Shown = {
    "judul": _same("Kompilasi Data Penerima Bantuan Sosial Kota Jambi Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Sosial Kota Jambi"),
    "penyelenggara.alamat": _same(
        "Jl. H. Agus Salim No. 7, Kelurahan Kebun Handil, Kecamatan Jelutung"
    ),
    "penyelenggara.kabupaten_kota": ("Kota Jambi", "1571"),
    "penyelenggara.provinsi": ("Jambi", "15"),
    "penyelenggara.telepon": ("(0741) 445126", "+62741445126"),
    "penyelenggara.faks": ("(0741) 445127", "+62741445127"),
    "penyelenggara.email": _same("dinsos@jambikota.go.id"),
    "penanggung_jawab.nama": _same("Drs. Raden Muhammad Fadhil, M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Sosial Kota Jambi"),
    "penanggung_jawab.alamat": _same("Jl. H. Agus Salim No. 7, Kebun Handil, Jambi"),
    "penanggung_jawab.telepon": ("0812-7401-5582", "+6281274015582"),
    "penanggung_jawab.email": _same("fadhil.rm@jambikota.go.id"),
    "pj_teknis.nama": _same("Rina Oktaviani, S.Kom., M.Kom."),
    "pj_teknis.jabatan": _same(
        "Pranata Komputer Ahli Muda pada Bidang Perlindungan dan Jaminan Sosial"
    ),
    "pj_teknis.alamat": _same("Jl. H. Agus Salim No. 7, Kebun Handil, Jambi"),
    "pj_teknis.telepon": ("0853-6690-1247", "+6285366901247"),
    "pj_teknis.email": _same("linjamsos.dinsos@jambikota.go.id"),
    "tujuan": _same(
        "Menghimpun data keluarga penerima manfaat PKH, bantuan pangan dan bantuan sosial "
        "daerah dari SIKS-NG untuk pemadanan dengan DTSEN dan penyusunan rencana penanganan "
        "fakir miskin per kelurahan."
    ),
    "jadwal.perencanaan": (("5 Januari 2026", "23 Januari 2026"), ("2026-01-05", "2026-01-23")),
    "jadwal.pengumpulan": (("2 Februari 2026", "30 Juni 2026"), ("2026-02-02", "2026-06-30")),
    "jadwal.pengolahan": (("2 Maret 2026", "17 Juli 2026"), ("2026-03-02", "2026-07-17")),
    "jadwal.analisis": (("20 Juli 2026", "14 Agustus 2026"), ("2026-07-20", "2026-08-14")),
    "jadwal.diseminasi": (
        ("24 Agustus 2026", "30 September 2026"),
        ("2026-08-24", "2026-09-30"),
    ),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah keluarga penerima PKH",
                "referensi_waktu": "Triwulan",
                "sumber": "SIKS-NG",
            },
            {
                "nama": "Jumlah keluarga penerima bantuan pangan",
                "referensi_waktu": "Bulanan",
                "sumber": "SIKS-NG",
            },
            {
                "nama": "Jumlah penerima bantuan sosial daerah",
                "referensi_waktu": "Tahunan",
                "sumber": "SK Wali Kota dan daftar penyaluran",
            },
            {
                "nama": "Jumlah penyandang disabilitas terdaftar",
                "referensi_waktu": "Tahunan",
                "sumber": "Register rehabilitasi sosial",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "triwulanan"),
    "jenis_data": _same(
        "Data penerima bantuan sosial pada SIKS-NG dan daftar penyaluran bantuan daerah"
    ),
    "metode_pengumpulan": _same("Penarikan data SIKS-NG dan rekap laporan TKSK kecamatan"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Jambi", ["1571"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("2", 2),
    "jumlah_enumerator": ("11", 11),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["rumah_tangga"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan", "lainnya"]),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("15 September 2026", "2026-09-15"),
}

#: A regency's micro-business survey, every two years, stratified two-stage sample.
FS3_SUMEDANG: Shown = {
    "judul": _same("Survei Profil dan Akses Pembiayaan Usaha Mikro Kabupaten Sumedang 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Dinas Koperasi, Usaha Kecil dan Menengah, Perdagangan dan Perindustrian Kabupaten Sumedang"
    ),
    "penyelenggara.alamat": _same(
        "Jl. Prabu Geusan Ulun No. 36, Kelurahan Regol Wetan, Sumedang Selatan"
    ),
    "penyelenggara.kabupaten_kota": ("Kabupaten Sumedang", "3211"),
    "penyelenggara.provinsi": ("Jawa Barat", "32"),
    "penyelenggara.telepon": ("(0261) 201512", "+62261201512"),
    "penyelenggara.email": _same("diskopukmpp@sumedangkab.go.id"),
    "penanggung_jawab.nama": _same("Dr. Hj. Tuti Ruswati, S.E., M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas"),
    "penanggung_jawab.telepon": ("0812-2081-4470", "+6281220814470"),
    "penanggung_jawab.faks": ("(0261) 201513", "+62261201513"),
    "penanggung_jawab.email": _same("tuti.ruswati@sumedangkab.go.id"),
    "manajer.nama": _same("Asep Kurniawan Saputra, S.E., M.M."),
    "manajer.jabatan": _same("Kepala Bidang Usaha Mikro"),
    "manajer.alamat": _same("Jl. Prabu Geusan Ulun No. 36, Sumedang"),
    "manajer.telepon": ("0821-1633-9054", "+6282116339054"),
    "manajer.email": _same("usahamikro.diskop@sumedangkab.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "lebih_dari_setahun"),
    "tipe_pengumpulan": (None, "gabungan"),
    "tujuan": _same(
        "Memperoleh gambaran karakteristik usaha mikro, omzet, tenaga kerja, pemanfaatan "
        "teknologi digital serta akses terhadap kredit usaha rakyat sebagai dasar program "
        "pendampingan dan fasilitasi pembiayaan."
    ),
    "variabel": (
        None,
        [
            {"nama": "Lapangan usaha utama", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Omzet usaha", "referensi_waktu": "Sebulan terakhir"},
            {"nama": "Jumlah tenaga kerja", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Sumber modal dan pinjaman", "referensi_waktu": "Setahun terakhir"},
            {"nama": "Pemanfaatan pemasaran daring", "referensi_waktu": "Setahun terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Sumedang", ["3211"]),
    "metode_pengumpulan": (None, ["wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "stratifikasi"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("4", 4),
    "jumlah_enumerator": ("24", 24),
    "rancangan_sampel": (None, "multi_tahap"),
    "kerangka_sampel": _same(
        "Daftar usaha mikro hasil Pendataan Lengkap KUMKM 2023 dan data perizinan OSS"
    ),
    "fraksi_sampel": _same("3 persen usaha mikro per kecamatan"),
    "unit_sampel": _same("Usaha mikro"),
    "jumlah_sampel": ("1.440", 1440),
    "sampling_error": _same("RSE maksimum 15 persen untuk estimasi kabupaten"),
    "responden": _same("Pemilik atau pengelola usaha mikro"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "keduanya"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("12-01-2026", "27-02-2026"), ("2026-01-12", "2026-02-27")),
    "jadwal.lapangan": (("06-04-2026", "29-05-2026"), ("2026-04-06", "2026-05-29")),
    "jadwal.pengolahan": (("01-06-2026", "10-07-2026"), ("2026-06-01", "2026-07-10")),
    "jadwal.analisis": (("13-07-2026", "21-08-2026"), ("2026-07-13", "2026-08-21")),
    "jadwal.diseminasi": (("07-09-2026", "30-10-2026"), ("2026-09-07", "2026-10-30")),
    "tanggal_rilis": ("02-10-2026", "2026-10-02"),
}

#: A ministry's nationwide establishment survey (PPS, one stage).
FS3_KEMNAKER: Shown = {
    "judul": _same("Survei Kebutuhan Tenaga Kerja di Sektor Industri Pengolahan 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Pusat Data dan Teknologi Informasi Ketenagakerjaan, Kementerian Ketenagakerjaan"
    ),
    "penyelenggara.alamat": _same(
        "Jl. Jend. Gatot Subroto Kav. 51, Kuningan Barat, Mampang Prapatan"
    ),
    "penyelenggara.kabupaten_kota": ("Kota Administrasi Jakarta Selatan", "3171"),
    "penyelenggara.provinsi": ("DKI Jakarta", "31"),
    "penyelenggara.telepon": ("(021) 5255733", "+62215255733"),
    "penyelenggara.faks": ("(021) 5253913", "+62215253913"),
    "penyelenggara.email": _same("pusdatik@kemnaker.go.id"),
    "penanggung_jawab.nama": _same("Dr. Ir. Hendra Wijayakusuma, M.T."),
    "penanggung_jawab.jabatan": _same("Kepala Pusat Data dan Teknologi Informasi Ketenagakerjaan"),
    "penanggung_jawab.telepon": ("(021) 5255683", "+62215255683"),
    "penanggung_jawab.email": _same("kapusdatik@kemnaker.go.id"),
    "manajer.nama": _same("Dewi Anggraini Siregar, S.Si., M.Stat."),
    "manajer.jabatan": _same("Ketua Tim Kerja Pengelolaan Data dan Statistik"),
    "manajer.alamat": _same("Gedung B Lantai 3, Jl. Jend. Gatot Subroto Kav. 51, Jakarta Selatan"),
    "manajer.telepon": ("0813-1877-2265", "+6281318772265"),
    "manajer.email": _same("statistik.pusdatik@kemnaker.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengukur jumlah lowongan kerja, jabatan yang sulit diisi dan kebutuhan kompetensi "
        "tenaga kerja pada perusahaan industri pengolahan besar dan sedang sebagai dasar "
        "perencanaan pelatihan vokasi nasional."
    ),
    "variabel": (
        None,
        [
            {"nama": "Jumlah pekerja menurut jabatan", "referensi_waktu": "Posisi 31 Maret 2026"},
            {"nama": "Jumlah lowongan kerja terbuka", "referensi_waktu": "Posisi 31 Maret 2026"},
            {"nama": "Jabatan yang sulit diisi", "referensi_waktu": "Setahun terakhir"},
            {"nama": "Kebutuhan kompetensi", "referensi_waktu": "Dua tahun ke depan"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "seluruh_indonesia"),
    "metode_pengumpulan": (None, ["swacacah", "telepon"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "pps"),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "diploma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("68", 68),
    "jumlah_enumerator": ("340", 340),
    "rancangan_sampel": (None, "satu_tahap"),
    "kerangka_sampel": _same(
        "Direktori Industri Manufaktur BPS 2025 (perusahaan industri besar dan sedang)"
    ),
    "fraksi_sampel": _same("12,5 persen perusahaan"),
    "unit_sampel": _same("Perusahaan industri pengolahan"),
    "jumlah_sampel": ("4.200", 4200),
    "sampling_error": _same("RSE di bawah 10 persen tingkat nasional menurut subsektor"),
    "responden": _same("Manajer personalia atau bagian sumber daya manusia perusahaan"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["nasional", "provinsi"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, True),
    "jadwal.perencanaan": (("5 Januari 2026", "27 Februari 2026"), ("2026-01-05", "2026-02-27")),
    "jadwal.lapangan": (("6 April 2026", "31 Juli 2026"), ("2026-04-06", "2026-07-31")),
    "jadwal.pengolahan": (("1 Juni 2026", "28 Agustus 2026"), ("2026-06-01", "2026-08-28")),
    "jadwal.analisis": (
        ("1 September 2026", "30 Oktober 2026"),
        ("2026-09-01", "2026-10-30"),
    ),
    "jadwal.diseminasi": (
        ("2 November 2026", "18 Desember 2026"),
        ("2026-11-02", "2026-12-18"),
    ),
    "tanggal_rilis": ("16 Desember 2026", "2026-12-16"),
}

#: A regency livestock office's monthly compilation (typed on a paper form), no fax.
FPKPA_LAMPSEL: Shown = {
    "judul": _same(
        "Kompilasi Data Populasi, Pemotongan dan Kesehatan Ternak Kabupaten Lampung Selatan 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Dinas Peternakan dan Kesehatan Hewan Kabupaten Lampung Selatan"
    ),
    "penyelenggara.alamat": _same("Jl. Mustafa Kemal No. 12, Way Urang, Kalianda"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Lampung Selatan", "1803"),
    "penyelenggara.provinsi": ("Lampung", "18"),
    "penyelenggara.telepon": ("(0727) 322148", "+62727322148"),
    "penyelenggara.email": _same("disnakkeswan@lampungselatankab.go.id"),
    "penanggung_jawab.nama": _same("drh. Made Sutrisna Adnyana, M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Peternakan dan Kesehatan Hewan"),
    "penanggung_jawab.alamat": _same("Jl. Mustafa Kemal No. 12, Kalianda"),
    "penanggung_jawab.telepon": ("0812-7265-3390", "+6281272653390"),
    "penanggung_jawab.email": _same("made.sutrisna@lampungselatankab.go.id"),
    "pj_teknis.nama": _same("Siti Nurhalimah, S.Pt."),
    "pj_teknis.jabatan": _same("Kepala Seksi Data dan Informasi Peternakan"),
    "pj_teknis.alamat": _same("Jl. Mustafa Kemal No. 12, Kalianda"),
    "pj_teknis.telepon": ("0857-6914-2208", "+6285769142208"),
    "pj_teknis.email": _same("datanak@lampungselatankab.go.id"),
    "tujuan": _same(
        "Menghimpun laporan populasi ternak, pemotongan di RPH dan kasus penyakit hewan "
        "menular dari UPTD Puskeswan untuk perencanaan vaksinasi, pengendalian penyakit "
        "dan penyediaan daging daerah."
    ),
    "jadwal.perencanaan": (("05-01-2026", "30-01-2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.pengumpulan": (("02-02-2026", "30-11-2026"), ("2026-02-02", "2026-11-30")),
    "jadwal.pengolahan": (("09-02-2026", "04-12-2026"), ("2026-02-09", "2026-12-04")),
    "jadwal.analisis": (("02-03-2026", "11-12-2026"), ("2026-03-02", "2026-12-11")),
    "jadwal.diseminasi": (("06-04-2026", "22-12-2026"), ("2026-04-06", "2026-12-22")),
    "variabel": (
        None,
        [
            {
                "nama": "Populasi sapi potong",
                "referensi_waktu": "Akhir bulan",
                "sumber": "Laporan bulanan Puskeswan",
            },
            {
                "nama": "Populasi kambing dan domba",
                "referensi_waktu": "Akhir bulan",
                "sumber": "Laporan bulanan Puskeswan",
            },
            {
                "nama": "Jumlah pemotongan ternak",
                "referensi_waktu": "Bulanan",
                "sumber": "Register RPH Kalianda",
            },
            {
                "nama": "Kasus penyakit hewan menular",
                "referensi_waktu": "Bulanan",
                "sumber": "iSIKHNAS",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": _same("Laporan bulanan UPTD Puskeswan, register RPH dan iSIKHNAS"),
    "metode_pengumpulan": _same("Rekapitulasi laporan bulanan dan unduhan data iSIKHNAS"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Lampung Selatan", ["1803"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "jumlah_supervisor": ("3", 3),
    "jumlah_enumerator": ("17", 17),
    "pelatihan": (None, False),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["lainnya"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("18-12-2026", "2026-12-18"),
}

#: A city environment office's household survey with a quota sample (block VI empty).
FS3_TANGSEL: Shown = {
    "judul": _same(
        "Survei Perilaku Pemilahan dan Pengelolaan Sampah Rumah Tangga Kota Tangerang Selatan 2026"
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Lingkungan Hidup Kota Tangerang Selatan"),
    "penyelenggara.alamat": _same(
        "Gedung Pusat Pemerintahan Kota Tangerang Selatan Lt. 3, Jl. Maruga No. 1, Ciputat"
    ),
    "penyelenggara.kabupaten_kota": ("Kota Tangerang Selatan", "3674"),
    "penyelenggara.provinsi": ("Banten", "36"),
    "penyelenggara.telepon": ("(021) 7490512", "+62217490512"),
    "penyelenggara.faks": ("(021) 7490513", "+62217490513"),
    "penyelenggara.email": _same("dlh@tangerangselatankota.go.id"),
    "penanggung_jawab.nama": _same("Ir. Fajar Kusumawardana, M.T."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Lingkungan Hidup"),
    "penanggung_jawab.telepon": ("0811-1945-720", "+628111945720"),
    "penanggung_jawab.email": _same("fajar.kusuma@tangerangselatankota.go.id"),
    "manajer.nama": _same("Nur Aisyah Fitriani, S.T., M.Sc."),
    "manajer.jabatan": _same("Kepala Bidang Pengelolaan Sampah dan Limbah B3"),
    "manajer.alamat": _same("Jl. Maruga No. 1, Ciputat, Tangerang Selatan"),
    "manajer.telepon": ("0896-3541-2078", "+6289635412078"),
    "manajer.email": _same("sampah.dlh@tangerangselatankota.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengetahui perilaku rumah tangga dalam memilah, mengurangi dan membuang sampah "
        "serta pemanfaatan bank sampah sebagai bahan evaluasi Kebijakan dan Strategi Daerah "
        "pengelolaan sampah."
    ),
    "variabel": (
        None,
        [
            {"nama": "Kebiasaan memilah sampah", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Cara pembuangan sampah", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Keikutsertaan bank sampah", "referensi_waktu": "Setahun terakhir"},
            {"nama": "Iuran retribusi sampah", "referensi_waktu": "Sebulan terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Tangerang Selatan", ["3674"]),
    "metode_pengumpulan": (None, ["observasi", "wawancara"]),
    "metode_sampel": (None, "nonprobabilitas"),
    "metode_pemilihan": (None, "kuota"),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, False),
    "jumlah_supervisor": ("3", 3),
    "jumlah_enumerator": ("18", 18),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["lainnya"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("7/1/2026", "13/2/2026"), ("2026-01-07", "2026-02-13")),
    "jadwal.lapangan": (("2/3/2026", "30/4/2026"), ("2026-03-02", "2026-04-30")),
    "jadwal.pengolahan": (("4/5/2026", "5/6/2026"), ("2026-05-04", "2026-06-05")),
    "jadwal.analisis": (("8/6/2026", "10/7/2026"), ("2026-06-08", "2026-07-10")),
    "jadwal.diseminasi": (("3/8/2026", "28/8/2026"), ("2026-08-03", "2026-08-28")),
    "tanggal_rilis": ("20/8/2026", "2026-08-20"),
}

#: The choices of FS3_TANGSEL answered as sentences, by item number (num_plain).
TANGSEL_SENTENCES = {
    "3.1": "Survei ini dilaksanakan berulang.",
    "3.2": "Survei diulang setiap tahun (tahunan).",
    "3.3": "Pengumpulan data bersifat potong lintang (cross section).",
    "5.1": "Data dikumpulkan melalui survei sampel.",
    "5.2": "Survei hanya mencakup sebagian wilayah Indonesia.",
    "5.4": "Data dikumpulkan dengan wawancara tatap muka dan pengamatan langsung ke "
    "tempat sampah rumah tangga.",
    "5.5": "Sampel dipilih secara non-probabilitas.",
    "5.6": "Pemilihan sampel dengan cara kuota, 40 rumah tangga per kelurahan.",
    "5.7": "Ya, kuesioner diujicobakan di Kelurahan Serua.",
    "5.8": "Pengumpul data terdiri atas staf dinas dan tenaga mitra (keduanya).",
    "5.9": "Pendidikan terendah petugas adalah SMA/SMK sederajat.",
    "5.10": "Tidak, petugas tidak mendapat pelatihan khusus.",
    "7.1.1": "Ya, seluruh kuesioner disunting.",
    "7.1.2": "Tidak, penyandian tidak dilakukan.",
    "7.1.3": "Ya, data divalidasi di aplikasi.",
    "7.2": "Hasil tidak disajikan menurut wilayah administrasi, melainkan menurut tipe "
    "permukiman (lainnya).",
    "7.3": "Analisis yang digunakan adalah analisis deskriptif.",
    "7.4": "Hasil tersedia sebagai publikasi elektronik dan data makro; tidak ada "
    "publikasi cetak dan data mikro.",
}


# --- label wordings -----------------------------------------------------------------------

#: A city office's Word form with text boxes.
FPKPA_WORDS["kotak14"] = {
    **FPKPA_WORDS["colon"],
    "judul": "Judul Kegiatan Kompilasi",
    "tahun": "Tahun Pelaksanaan",
    "b1": "I. KETERANGAN PENYELENGGARA",
    "instansi": "Nama Perangkat Daerah",
    "alamat_head": "Alamat Perangkat Daerah",
    "alamat": "Alamat Kantor",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Nomor Telepon",
    "faks": "Nomor Faksimile",
    "email": "Alamat Email Dinas",
    "b2": "II. PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab Kegiatan",
    "tek": "Penanggung Jawab Teknis",
    "nama": "Nama dan Gelar",
    "jabatan": "Jabatan",
    "alamat_p": "Alamat Kantor",
    "b3": "III. TUJUAN DAN JADWAL",
    "tujuan": "Tujuan dan Kegunaan Hasil Kompilasi",
    "jadwal": "Jadwal Tahapan Kegiatan",
    "b4": "IV. VARIABEL",
    "variabel": "Variabel yang Dikompilasi",
    "b5": "V. RANCANGAN KOMPILASI",
    "pelaksanaan": "Pelaksanaan Kompilasi",
    "frekuensi": "Frekuensi (jika berulang)",
    "jenis": "Jenis Data Administrasi",
    "metode": "Cara Memperoleh Data",
    "cakupan": "Cakupan Wilayah",
    "wilayah": "Wilayah Kompilasi",
    "b6": "VI. PETUGAS",
    "petugas": "Petugas Pengumpul Data",
    "pendidikan": "Pendidikan Terendah Petugas",
    "sup": "Jumlah Supervisor",
    "enum": "Jumlah Petugas Pengumpul Data",
    "pelatihan": "Pelatihan Petugas",
    "b7": "VII. PENGOLAHAN, ANALISIS DAN PENYAJIAN",
    "olah_head": "Tahapan Pengolahan Data",
    "edit": "Penyuntingan",
    "entri": "Entri Data",
    "coding": "Penyandian",
    "valid": "Validasi",
    "analisis": "Metode Analisis",
    "unit": "Unit Analisis",
    "tingkat": "Tingkat Penyajian Data",
    "produk": "Produk yang Dihasilkan",
    "rilis": "Rencana Tanggal Rilis",
}

#: A regency's Word form with nested tables.
FS3_WORDS["nest14"] = {
    **FS3_WORDS["prov"],
    "judul": "Judul Survei",
    "tahun": "Tahun Pelaksanaan",
    "b1": "BLOK I. PENYELENGGARA",
    "instansi": "Nama Dinas/Instansi",
    "alamat_head": "Alamat dan Kontak",
    "alamat": "Alamat",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "Email",
    "b2": "BLOK II. PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab",
    "mgr": "Manajer Survei",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "b3": "BLOK III. JENIS SURVEI",
    "pelaksanaan": "Pelaksanaan Survei",
    "frekuensi": "Frekuensi Survei",
    "tipe": "Tipe Pengumpulan Data",
    "b4": "BLOK IV. TUJUAN DAN VARIABEL",
    "tujuan": "Tujuan Survei",
    "variabel": "Variabel yang Dikumpulkan",
    "b5": "BLOK V. DESAIN SURVEI",
    "cara": "Cara Pengumpulan Data",
    "cakupan": "Cakupan Wilayah",
    "wilayah": "Wilayah yang Dicakup",
    "metode": "Metode Pengumpulan Data",
    "sampel": "Metode Sampel",
    "pemilihan": "Teknik Pemilihan Sampel",
    "uji": "Uji Coba Kuesioner",
    "petugas": "Petugas Pengumpul Data",
    "pendidikan": "Pendidikan Terendah Petugas",
    "pelatihan": "Pelatihan Petugas",
    "jumlah_head": "Jumlah Petugas",
    "sup": "Supervisor",
    "enum": "Enumerator",
    "b6": "BLOK VI. DESAIN SAMPEL",
    "rancangan": "Rancangan Sampel",
    "kerangka": "Kerangka Sampel",
    "fraksi": "Fraksi Sampel",
    "unit_head": "Unit dan Jumlah Sampel",
    "unit": "Unit Sampel",
    "jml": "Jumlah Sampel",
    "se": "Perkiraan Sampling Error",
    "resp": "Responden",
    "b7": "BLOK VII. PENGOLAHAN, ANALISIS DAN DISEMINASI",
    "olah_head": "Tahapan Pengolahan",
    "edit": "Penyuntingan",
    "coding": "Penyandian",
    "valid": "Validasi",
    "tingkat": "Tingkat Estimasi",
    "analisis": "Metode Analisis",
    "produk": "Produk Survei",
    "jadwal": "Jadwal Kegiatan",
    "rilis": "Tanggal Rilis",
}

#: A ministry's bilingual form (Indonesian wording; the English one is in BILINGUAL).
FS3_WORDS["bi14"] = {
    **FS3_WORDS["prov"],
    "judul": "Nama Kegiatan",
    "tahun": "Tahun Kegiatan",
    "b1": "BLOK A. INSTANSI PENYELENGGARA",
    "instansi": "Instansi Penyelenggara",
    "alamat_head": "Alamat Instansi",
    "alamat": "Alamat Kantor",
    "kab": "Kota/Kabupaten",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "Surel",
    "b2": "BLOK B. PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab Kegiatan",
    "mgr": "Manajer Survei",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "b3": "BLOK C. JENIS KEGIATAN",
    "pelaksanaan": "Penyelenggaraan",
    "frekuensi": "Frekuensi",
    "tipe": "Tipe Pengumpulan Data",
    "b4": "BLOK D. TUJUAN DAN VARIABEL",
    "tujuan": "Tujuan Kegiatan",
    "variabel": "Variabel Utama",
    "b5": "BLOK E. METODOLOGI",
    "cara": "Cara Pengumpulan Data",
    "cakupan": "Cakupan Wilayah",
    "wilayah": "Wilayah Kegiatan",
    "metode": "Metode Pengumpulan Data",
    "sampel": "Jenis Sampel",
    "pemilihan": "Metode Pemilihan Sampel",
    "uji": "Uji Coba Instrumen",
    "petugas": "Petugas",
    "pendidikan": "Pendidikan Minimum Petugas",
    "pelatihan": "Pelatihan Petugas",
    "jumlah_head": "Jumlah Petugas",
    "sup": "Jumlah Supervisor",
    "enum": "Jumlah Enumerator",
    "b6": "BLOK F. DESAIN SAMPEL",
    "rancangan": "Rancangan Sampel",
    "kerangka": "Kerangka Sampel",
    "fraksi": "Fraksi Sampel",
    "unit_head": "Unit dan Jumlah Sampel",
    "unit": "Unit Sampel",
    "jml": "Jumlah Sampel",
    "se": "Perkiraan Sampling Error",
    "resp": "Responden",
    "b7": "BLOK G. PENGOLAHAN, ANALISIS DAN DISEMINASI",
    "olah_head": "Tahapan Pengolahan",
    "edit": "Penyuntingan",
    "coding": "Penyandian",
    "valid": "Validasi",
    "tingkat": "Tingkat Estimasi",
    "analisis": "Metode Analisis",
    "produk": "Produk",
    "jadwal": "Jadwal Kegiatan",
    "rilis": "Tanggal Rilis",
}
BILINGUAL = {
    "Nama Kegiatan": "Activity Name",
    "Tahun Kegiatan": "Year",
    "BLOK A. INSTANSI PENYELENGGARA": "SECTION A. ORGANIZER",
    "Instansi Penyelenggara": "Organizer",
    "Alamat Instansi": "Organizer's Address",
    "Alamat Kantor": "Office Address",
    "Kota/Kabupaten": "City/Regency",
    "Provinsi": "Province",
    "Telepon": "Telephone",
    "Faksimile": "Facsimile",
    "Surel": "E-mail",
    "BLOK B. PENANGGUNG JAWAB": "SECTION B. PERSONS IN CHARGE",
    "Penanggung Jawab Kegiatan": "Person in Charge",
    "Manajer Survei": "Survey Manager",
    "Nama": "Name",
    "Jabatan": "Position",
    "BLOK C. JENIS KEGIATAN": "SECTION C. TYPE OF ACTIVITY",
    "Penyelenggaraan": "Implementation",
    "Frekuensi": "Frequency",
    "Tipe Pengumpulan Data": "Type of Data Collection",
    "BLOK D. TUJUAN DAN VARIABEL": "SECTION D. OBJECTIVES AND VARIABLES",
    "Tujuan Kegiatan": "Objective",
    "Variabel Utama": "Main Variables",
    "BLOK E. METODOLOGI": "SECTION E. METHODOLOGY",
    "Cara Pengumpulan Data": "Data Collection Approach",
    "Cakupan Wilayah": "Geographic Coverage",
    "Wilayah Kegiatan": "Areas Covered",
    "Metode Pengumpulan Data": "Data Collection Mode",
    "Jenis Sampel": "Sample Type",
    "Metode Pemilihan Sampel": "Sample Selection Method",
    "Uji Coba Instrumen": "Instrument Pretest",
    "Petugas": "Field Staff",
    "Pendidikan Minimum Petugas": "Minimum Education of Staff",
    "Pelatihan Petugas": "Staff Training",
    "Jumlah Petugas": "Number of Staff",
    "Jumlah Supervisor": "Number of Supervisors",
    "Jumlah Enumerator": "Number of Enumerators",
    "BLOK F. DESAIN SAMPEL": "SECTION F. SAMPLE DESIGN",
    "Rancangan Sampel": "Sampling Design",
    "Kerangka Sampel": "Sampling Frame",
    "Fraksi Sampel": "Sampling Fraction",
    "Unit dan Jumlah Sampel": "Sampling Unit and Size",
    "Unit Sampel": "Sampling Unit",
    "Jumlah Sampel": "Sample Size",
    "Perkiraan Sampling Error": "Expected Sampling Error",
    "Responden": "Respondent",
    "BLOK G. PENGOLAHAN, ANALISIS DAN DISEMINASI": "SECTION G. PROCESSING, ANALYSIS AND "
    "DISSEMINATION",
    "Tahapan Pengolahan": "Processing Steps",
    "Penyuntingan": "Editing",
    "Penyandian": "Coding",
    "Validasi": "Validation",
    "Tingkat Estimasi": "Level of Estimates",
    "Metode Analisis": "Analysis Method",
    "Produk": "Products",
    "Jadwal Kegiatan": "Schedule",
    "Tanggal Rilis": "Release Date",
}

#: A regency office's typed paper form.
FPKPA_WORDS["tik14"] = {
    **FPKPA_WORDS["colon"],
    "judul": "Nama Kegiatan",
    "tahun": "Tahun",
    "b1": "I.   PENYELENGGARA",
    "instansi": "Nama Instansi",
    "alamat_head": "Alamat Instansi",
    "alamat": "Jalan/Desa/Kecamatan",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimili",
    "email": "E-mail",
    "b2": "II.  PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab",
    "tek": "Penanggung Jawab Teknis",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "alamat_p": "Alamat",
    "b3": "III. TUJUAN DAN JADWAL",
    "tujuan": "Tujuan Kegiatan",
    "jadwal": "Jadwal",
    "b4": "IV.  VARIABEL",
    "variabel": "Variabel",
    "b5": "V.   RANCANGAN KEGIATAN",
    "pelaksanaan": "Pelaksanaan",
    "frekuensi": "Frekuensi",
    "jenis": "Jenis Data",
    "metode": "Cara Pengumpulan",
    "cakupan": "Cakupan Wilayah",
    "wilayah": "Nama Wilayah",
    "b6": "VI.  PETUGAS",
    "petugas": "Petugas",
    "pendidikan": "Pendidikan Minimal",
    "sup": "Jumlah Pengawas",
    "enum": "Jumlah Petugas",
    "pelatihan": "Pelatihan",
    "b7": "VII. PENGOLAHAN DAN PENYAJIAN",
    "olah_head": "Pengolahan",
    "edit": "Penyuntingan",
    "entri": "Entri Data",
    "coding": "Penyandian",
    "valid": "Validasi",
    "analisis": "Analisis",
    "unit": "Unit Analisis",
    "tingkat": "Tingkat Penyajian",
    "produk": "Produk",
    "rilis": "Tanggal Rilis",
}

#: A city office's form of small block tables.
FS3_WORDS["rinci14"] = {
    **FS3_WORDS["prov"],
    "judul": "Judul Survei",
    "tahun": "Tahun",
    "b1": "BLOK I. IDENTITAS PENYELENGGARA",
    "instansi": "Perangkat Daerah Penyelenggara",
    "alamat_head": "Alamat dan Kontak Perangkat Daerah",
    "alamat": "Alamat",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "Surat Elektronik",
    "b2": "BLOK II. PENANGGUNG JAWAB DAN MANAJER SURVEI",
    "pj": "Penanggung Jawab",
    "mgr": "Manajer Survei",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "b3": "BLOK III. JENIS SURVEI",
    "pelaksanaan": "Penyelenggaraan survei",
    "frekuensi": "Frekuensi penyelenggaraan",
    "tipe": "Tipe pengumpulan data",
    "b4": "BLOK IV. TUJUAN DAN VARIABEL",
    "tujuan": "Tujuan survei",
    "variabel": "Variabel yang dikumpulkan",
    "b5": "BLOK V. DESAIN SURVEI",
    "cara": "Cara pengumpulan data",
    "cakupan": "Cakupan wilayah",
    "wilayah": "Wilayah yang dicakup",
    "metode": "Metode pengumpulan data",
    "sampel": "Metode pemilihan sampel",
    "pemilihan": "Teknik pemilihan sampel",
    "uji": "Uji coba kuesioner",
    "petugas": "Petugas pengumpul data",
    "pendidikan": "Pendidikan terendah petugas",
    "pelatihan": "Pelatihan petugas",
    "jumlah_head": "Jumlah petugas",
    "sup": "Supervisor",
    "enum": "Enumerator",
    "b6": "BLOK VI. DESAIN SAMPEL",
    "rancangan": "Rancangan sampel",
    "kerangka": "Kerangka sampel",
    "fraksi": "Fraksi sampel",
    "unit_head": "Unit sampel dan jumlah sampel",
    "unit": "Unit sampel",
    "jml": "Jumlah sampel",
    "se": "Perkiraan sampling error",
    "resp": "Responden",
    "b7": "BLOK VII. PENGOLAHAN, ANALISIS DAN DISEMINASI",
    "olah_head": "Tahapan pengolahan data",
    "edit": "Penyuntingan",
    "coding": "Penyandian",
    "valid": "Validasi",
    "tingkat": "Tingkat penyajian hasil",
    "analisis": "Metode analisis",
    "produk": "Produk yang tersedia",
    "jadwal": "Jadwal kegiatan",
    "rilis": "Tanggal rilis",
}

FPKPA_TITLES = ("FORMULIR PEMBERITAHUAN", "KOMPILASI PRODUK ADMINISTRASI (FP-KPA)")
FS3_TITLES = ("FORMULIR PEMBERITAHUAN", "SURVEI STATISTIK SEKTORAL (FS3)")

JAMBI_SIGN = [
    "Jambi, 14 Januari 2026",
    "Kepala Dinas Sosial Kota Jambi,",
    "",
    "Drs. Raden Muhammad Fadhil, M.Si.",
    "NIP. 19700611 199503 1 002",
]
SUMEDANG_SIGN = [
    "Sumedang, 5 Maret 2026",
    "Kepala Dinas,",
    "",
    "Dr. Hj. Tuti Ruswati, S.E., M.Si.",
    "NIP. 19720128 199803 2 005",
]
KEMNAKER_SIGN = [
    "Jakarta, 23 Maret 2026",
    "Kepala Pusat Data dan Teknologi Informasi Ketenagakerjaan,",
    "",
    "Dr. Ir. Hendra Wijayakusuma, M.T.",
    "NIP 196909141995031001",
]
LAMPSEL_SIGN = [
    "Kalianda, 12 Januari 2026",
    "Kepala Dinas Peternakan dan",
    "Kesehatan Hewan,",
    "",
    "drh. Made Sutrisna Adnyana, M.Si.",
    "NIP. 19740817 200212 1 003",
]
TANGSEL_SIGN = [
    "Tangerang Selatan, 19 Januari 2026",
    "Kepala Dinas Lingkungan Hidup,",
    "",
    "Ir. Fajar Kusumawardana, M.T.",
    "NIP. 19760402 200312 1 006",
]


# --- shared helpers -----------------------------------------------------------------------


def _split(s: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(s, font, size, width) or [""]


def _pack(tokens: list[str], font: str, size: float, width: float, sep: str = "   ") -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for token in tokens:
        if lines and stringWidth(lines[-1] + sep + token, font, size) <= width:
            lines[-1] += sep + token
        else:
            lines.append(token)
    return lines or [""]


def _is_bool(opts: list[tuple[str, bool]]) -> bool:
    return [w for w, _ in opts] == ["Ya", "Tidak"]


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- 1. Word text boxes -------------------------------------------------------------------

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)
_EMU_PT = 12700


def _txbx_content(lines: list[str]) -> str:
    paras = "".join(
        '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
        f'<w:sz w:val="19"/></w:rPr><w:t xml:space="preserve">{_esc(line)}</w:t></w:r></w:p>'
        for line in lines
    )
    return f"<w:txbxContent>{paras}</w:txbxContent>"


def _vml_shape(n: int, x_pt: float, w_pt: float, h_pt: float, lines: list[str]) -> str:
    return (
        f'<w:pict><v:shape id="Text Box {n}" o:spid="_x0000_s{1024 + n}" '
        'type="#_x0000_t202" filled="t" fillcolor="white" strokeweight=".5pt" '
        f'style="position:absolute;margin-left:{x_pt:.1f}pt;margin-top:-2pt;'
        f"width:{w_pt:.1f}pt;height:{h_pt:.1f}pt;z-index:{251659264 + n};"
        'mso-position-horizontal-relative:text;mso-position-vertical-relative:text">'
        f'<v:textbox inset="5pt,2pt,5pt,2pt">{_txbx_content(lines)}</v:textbox>'
        "</v:shape></w:pict>"
    )


def _textbox_run(n: int, x_pt: float, w_pt: float, lines: list[str], *, vml_only: bool) -> str:
    """A run holding a floating text box at ``x_pt`` from the column, top at the paragraph
    (a DrawingML shape with Word's VML fallback, or a VML shape alone)."""
    h_pt = 13.0 * max(len(lines), 1) + 6
    if vml_only:
        return f"<w:r {_NS}>{_vml_shape(n, x_pt, w_pt, h_pt, lines)}</w:r>"
    cx, cy = int(w_pt * _EMU_PT), int(h_pt * _EMU_PT)
    drawing = (
        "<w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" '
        'allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="column"><wp:posOffset>{int(x_pt * _EMU_PT)}'
        "</wp:posOffset></wp:positionH>"
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{-2 * _EMU_PT}'
        "</wp:posOffset></wp:positionV>"
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:wrapNone/><wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:txbx>{_txbx_content(lines)}</wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="63500" tIns="25400" '
        'rIns="63500" bIns="25400" anchor="t"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    return (
        f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps">{drawing}</mc:Choice>'
        f"<mc:Fallback>{_vml_shape(n, x_pt, w_pt, h_pt, lines)}</mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def render_docx_textboxes(script: list[Item], path: Path) -> None:
    """Word form: every number and label a plain paragraph, its value typed in a floating
    bordered text box to the right (DrawingML shape with a VML fallback; the boxes of
    block II are older VML-only shapes pasted from last year's file); paragraph spacing
    below tall boxes so they do not cover the next label; options "☒ A   ☐ B" inside the
    box; the variable and schedule lists as ordinary Word tables."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt
    from reportlab.pdfbase.pdfmetrics import stringWidth

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    x_box, w_box = 190.0, 282.0
    block = [0]
    counter = [0]

    def wrap(text: str) -> list[str]:
        out: list[str] = []
        for word in text.split():
            if out and stringWidth(out[-1] + " " + word, "Helvetica", 9.5) <= w_box - 16:
                out[-1] += " " + word
            else:
                out.append(word)
        return out or [""]

    def labelled(number: str, label: str, lines: list[str]) -> None:
        para = doc.add_paragraph()
        fmt = para.paragraph_format
        fmt.space_before = Pt(0)
        fmt.space_after = Pt(13.0 * max(len(lines), 1) + 10 - 12)
        fmt.left_indent = Cm(0.9) if number.count(".") >= 2 else Cm(0)
        para.add_run(f"{number}  {label}" if number else label)
        counter[0] += 1
        run = parse_xml(_textbox_run(counter[0], x_box, w_box, lines, vml_only=block[0] == 2))
        para._p.append(run)

    def table(header: tuple[str, ...], rows: list[list[str]]) -> None:
        t = doc.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for cell, text in zip(t.rows[0].cells, header, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for row in rows:
            for cell, text in zip(t.add_row().cells, row, strict=True):
                cell.text = text
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    for item in script:
        kind = item[0]
        if kind == "title":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.paragraph_format.space_after = Pt(0)
            para.add_run(item[1]).bold = True
            if item[1].startswith("KOMPILASI"):
                para.paragraph_format.space_after = Pt(14)
        elif kind == "block":
            block[0] += 1
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(8)
            para.paragraph_format.space_after = Pt(4)
            para.add_run(item[1]).bold = True
        elif kind == "head":
            para = doc.add_paragraph()
            para.paragraph_format.space_after = Pt(3)
            para.add_run(f"{item[1]}  {item[2]}").bold = True
        elif kind == "text":
            value = "" if item[3] == "-" else item[3]
            labelled(item[1], item[2], wrap(value) if value else [""])
        elif kind == "opts":
            tokens = [f"{'☒' if chosen else '☐'} {w}" for w, chosen in item[3]]
            lines = _pack(tokens, "Helvetica", 9.5, w_box - 16)
            labelled(item[1], item[2], lines)
        elif kind == "table":
            doc.add_paragraph(f"{item[1]}  {item[2]}").paragraph_format.space_after = Pt(3)
            table(item[3], [[str(k), *r] for k, r in enumerate(item[4], 1)])
        elif kind == "jadwal":
            doc.add_paragraph(f"{item[1]}  {item[2]}").paragraph_format.space_after = Pt(3)
            table(item[3], [list(r) for r in item[4]])
        elif kind == "note":
            doc.add_paragraph(item[1])
        elif kind == "sign":
            doc.add_paragraph()
            for line in item[1]:
                para = doc.add_paragraph(line)
                para.paragraph_format.left_indent = Cm(9.5)
                para.paragraph_format.space_after = Pt(0 if line else 36)
    doc.save(str(path))


# --- 2. Word nested tables ----------------------------------------------------------------


def _shade(cell: Any, fill: str) -> None:
    from docx.oxml import parse_xml

    cell._tc.get_or_add_tcPr().append(
        parse_xml(
            '<w:shd xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
            f'w:val="clear" w:color="auto" w:fill="{fill}"/>'
        )
    )


def _inner(cell: Any, header: list[str], rows: list[list[str]], widths: list[float]) -> None:
    """A small Table Grid table inside ``cell`` (after its first, empty paragraph)."""
    from docx.shared import Cm, Pt

    t = cell.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for c, text, w in zip(t.rows[0].cells, header, widths, strict=True):
        c.text = text
        c.width = Cm(w)
        run = c.paragraphs[0].runs[0] if c.paragraphs[0].runs else None
        if run is not None:
            run.bold = True
            run.font.size = Pt(8.5)
        _shade(c, "EDEDED")
    for row in rows:
        for c, text, w in zip(t.add_row().cells, row, widths, strict=True):
            c.text = text
            c.width = Cm(w)
            for run in c.paragraphs[0].runs:
                run.font.size = Pt(9)
    _fix_widths(t, [Cm(w) for w in widths])
    cell.add_paragraph().paragraph_format.space_after = Pt(0)


def _fix_widths(table: Any, widths: list[Any]) -> None:
    """Fixed column widths in the grid (tblGrid) as well as in every cell."""
    table.autofit = False
    for column, w in zip(table.columns, widths, strict=True):
        column.width = w
        for cell in column.cells:
            cell.width = w


def render_docx_nested(script: list[Item], path: Path) -> None:
    """Word form: one outer table No | Rincian | Isian; each person is a nested table
    (Nama, Jabatan, Telepon, ... as rows) inside the Isian cell; option lists are nested
    tables "Kode | Uraian | Pilihan (√)" with "√" in the chosen rows; yes/no items are
    nested "Ya | Tidak" tables (several steps as rows under one item); an item's number
    cell is merged vertically with the rows of its sub-items; the variable and schedule
    tables are nested in a cell spanning Rincian and Isian."""
    from docx import Document
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(33)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    widths = (Cm(1.4), Cm(5.2), Cm(10.8))
    outer: list[Any] = [None]
    merge_from: list[Any] = [None]

    def table() -> Any:
        if outer[0] is None:
            t = doc.add_table(rows=1, cols=3)
            t.style = "Table Grid"
            for c, text, w in zip(
                t.rows[0].cells, ("No.", "Rincian", "Isian"), widths, strict=True
            ):
                c.text = text
                c.width = w
                c.paragraphs[0].runs[0].bold = True
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                _shade(c, "BFBFBF")
            _fix_widths(t, list(widths))
            outer[0] = t
        return outer[0]

    def row(number: str, label: str, value: str = "", *, sub: bool = False) -> Any:
        cells = table().add_row().cells
        for c, w in zip(cells, widths, strict=True):
            c.width = w
        if sub and merge_from[0] is not None:
            merge_from[0] = merge_from[0].merge(cells[0])
            merge_from[0].vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        else:
            cells[0].text = number
            merge_from[0] = cells[0]
        cells[1].text = label
        if sub:
            cells[1].paragraphs[0].paragraph_format.left_indent = Cm(0.4)
        cells[2].text = value
        return cells

    def opts_table(cell: Any, opts: list[tuple[str, bool]]) -> None:
        cell.text = ""
        rows = [[str(k + 1), w, "√" if chosen else ""] for k, (w, chosen) in enumerate(opts)]
        _inner(cell, ["Kode", "Uraian", "Pilihan (√)"], rows, [1.2, 6.4, 2.4])

    def yes_no(cell: Any, steps: list[tuple[str, list[tuple[str, bool]]]]) -> None:
        cell.text = ""
        rows = []
        for step, opts in steps:
            chosen = dict(opts)
            rows.append([step, "√" if chosen["Ya"] else "", "√" if chosen["Tidak"] else ""])
        _inner(cell, ["", "Ya", "Tidak"], rows, [6.0, 2.0, 2.0])

    k = 0
    while k < len(script):
        item = script[k]
        kind = item[0]
        if kind == "title":
            para = doc.add_paragraph()
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            para.paragraph_format.space_after = Pt(0)
            para.add_run(item[1]).bold = True
        elif kind == "block":
            cells = table().add_row().cells
            merged = cells[0].merge(cells[2])
            merged.text = item[1]
            merged.paragraphs[0].runs[0].bold = True
            _shade(merged, "D9D9D9")
            merge_from[0] = None
        elif kind == "head":
            subs = []
            j = k + 1
            while (
                j < len(script)
                and script[j][0] in ("text", "opts")
                and script[j][1].startswith(item[1] + ".")
            ):
                subs.append(script[j])
                j += 1
            if item[1].startswith("2."):
                # a person: nested table of the details in the Isian cell
                cells = row(item[1], item[2])
                cells[2].text = ""
                rows = [[s[2], "" if s[3] == "-" else s[3]] for s in subs]
                _inner(cells[2], ["Keterangan", "Isian"], rows, [2.6, 7.4])
                k = j
                continue
            if subs and all(s[0] == "opts" and _is_bool(s[3]) for s in subs):
                cells = row(item[1], item[2])
                yes_no(cells[2], [(s[2], s[3]) for s in subs])
                k = j
                continue
            row(item[1], item[2])
            for s in subs:
                if s[0] == "text":
                    row(s[1], s[2], "" if s[3] == "-" else s[3], sub=True)
                else:
                    cells = row(s[1], s[2], sub=True)
                    opts_table(cells[2], s[3])
            k = j
            continue
        elif kind == "text":
            row(item[1], item[2], "" if item[3] == "-" else item[3])
        elif kind == "opts":
            cells = row(item[1], item[2])
            if item[2].startswith("Produk"):
                yes_no(cells[2], [(w, [("Ya", c), ("Tidak", not c)]) for w, c in item[3]])
            elif _is_bool(item[3]):
                yes_no(cells[2], [("Dilakukan/diberikan", item[3])])
            else:
                opts_table(cells[2], item[3])
        elif kind in ("table", "jadwal"):
            cells = row(item[1], item[2])
            cells = table().add_row().cells
            cells[0].width = widths[0]
            merge_from[0] = merge_from[0].merge(cells[0])
            span = cells[1].merge(cells[2])
            span.text = ""
            if kind == "table":
                rows = [[str(n), *r] for n, r in enumerate(item[4], 1)]
                _inner(span, list(item[3]), rows, [1.0, 8.6, 6.0])
            else:
                _inner(span, list(item[3]), [list(r) for r in item[4]], [5.6, 5.0, 5.0])
        elif kind == "note":
            cells = table().add_row().cells
            merged = cells[0].merge(cells[2])
            merged.text = item[1]
            merge_from[0] = None
        elif kind == "sign":
            outer[0] = None
            doc.add_paragraph()
            for line in item[1]:
                para = doc.add_paragraph(line)
                para.paragraph_format.left_indent = Cm(10)
                para.paragraph_format.space_after = Pt(0 if line else 40)
        k += 1
    doc.save(str(path))


# --- 3. bilingual ministry form -----------------------------------------------------------


def _letters(script: list[Item]) -> list[Item]:
    """Items renumbered within lettered blocks: A1, A2, ... counting only the rows that
    carry a value (group headings keep no number)."""
    out: list[Item] = []
    letter, n = "", 0
    for item in script:
        kind = item[0]
        if kind == "block":
            letter, n = item[1].split(".")[0][-1], 0
            out.append(item)
        elif kind in ("text", "opts", "table", "jadwal") and letter:
            n += 1
            out.append((kind, f"{letter}{n}", *item[2:]))
        elif kind == "head":
            out.append((kind, "", *item[2:]))
        else:
            out.append(item)
    return out


def render_pdf_bilingual(script: list[Item], path: Path) -> None:
    """A ministry's bilingual printout: each row the item code, the Indonesian label (bold)
    and its English translation (italic, grey) in two columns, then ":" and the value in
    the right column; options listed with "√" after the chosen wording; thin rules between
    rows; the page header "KEMENTERIAN KETENAGAKERJAAN / MINISTRY OF MANPOWER"."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    font, bold = R._fonts()
    italic = "IndepSans-Oblique"
    if italic not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(italic, str(R.FONT_DIR / "DejaVuSans-Oblique.ttf")))
    width, height = A4
    size, lead = 8.2, 10.2
    xc, xi, xe, xcol, xv, xr = 40.0, 64.0, 192.0, 312.0, 320.0, 556.0
    cv = Canvas(str(path), pagesize=A4)
    state = {"y": height - 72.0, "page": 1}

    def header() -> None:
        cv.setFont(bold, 8)
        cv.drawString(xc, height - 36, "KEMENTERIAN KETENAGAKERJAAN REPUBLIK INDONESIA")
        cv.setFont(italic, 7.5)
        cv.setFillGray(0.4)
        cv.drawString(xc, height - 46, "Ministry of Manpower of the Republic of Indonesia")
        cv.setFillGray(0)
        cv.setFont(font, 7.5)
        cv.drawRightString(xr, height - 36, "FS3 / Notification of Sectoral Statistical Survey")
        cv.setLineWidth(0.8)
        cv.line(xc, height - 52, xr, height - 52)
        cv.drawCentredString(width / 2, 26, f"Halaman / Page {state['page']}")

    def need(h: float) -> None:
        if state["y"] - h < 46:
            cv.showPage()
            state["page"] += 1
            state["y"] = height - 68.0
            header()

    def en(label: str) -> str:
        return BILINGUAL.get(label, "")

    def line_row(code: str, label: str, value_lines: list[str]) -> None:
        ind = _split(label, bold, size, xe - xi - 6)
        eng = _split(en(label), italic, size, xcol - xe - 4) if en(label) else []
        h = max(len(ind), len(eng), len(value_lines)) * lead + 5
        need(h)
        y = state["y"]
        cv.setFont(bold, size)
        cv.drawString(xc, y - 9, code)
        for k, line in enumerate(ind):
            cv.drawString(xi, y - 9 - k * lead, line)
        cv.setFont(italic, size)
        cv.setFillGray(0.35)
        for k, line in enumerate(eng):
            cv.drawString(xe, y - 9 - k * lead, line)
        cv.setFillGray(0)
        cv.setFont(font, size)
        if value_lines != [""] or code:
            cv.drawString(xcol, y - 9, ":")
        for k, line in enumerate(value_lines):
            cv.drawString(xv, y - 9 - k * lead, line)
        cv.setStrokeGray(0.8)
        cv.setLineWidth(0.4)
        cv.line(xc, y - h + 1, xr, y - h + 1)
        cv.setStrokeGray(0)
        state["y"] = y - h

    def grid(edges: list[float], cells: list[str], *, head: bool) -> None:
        h = lead + 4
        need(h)
        y = state["y"]
        cv.setLineWidth(0.5)
        cv.setFont(bold if head else font, size - 0.4)
        for a, b, text in zip(edges[:-1], edges[1:], cells, strict=True):
            cv.rect(a, y - h, b - a, h, stroke=1, fill=0)
            cv.drawString(a + 3, y - 9.5, text)
        state["y"] = y - h

    header()
    for item in script:
        kind = item[0]
        if kind == "title":
            need(16)
            cv.setFont(bold, 11)
            cv.drawCentredString(width / 2, state["y"] - 10, item[1])
            state["y"] -= 14
            if item[1].startswith("SURVEI"):
                cv.setFont(italic, 9)
                cv.setFillGray(0.35)
                cv.drawCentredString(
                    width / 2, state["y"] - 9, "Notification Form of Sectoral Statistical Survey"
                )
                cv.setFillGray(0)
                state["y"] -= 22
        elif kind == "block":
            state["y"] -= 6
            need(30)
            cv.setFillGray(0.88)
            cv.rect(xc - 3, state["y"] - 14, xr - xc + 6, 14, stroke=0, fill=1)
            cv.setFillGray(0)
            cv.setFont(bold, 8.8)
            cv.drawString(xc, state["y"] - 10, item[1])
            cv.setFont(italic, 8.2)
            cv.setFillGray(0.3)
            cv.drawRightString(xr, state["y"] - 10, en(item[1]))
            cv.setFillGray(0)
            state["y"] -= 17
        elif kind == "head":
            line_row("", item[2], [""])
        elif kind == "text":
            value = "" if item[3] == "-" else item[3]
            line_row(item[1], item[2], _split(value, font, size, xr - xv))
        elif kind == "opts":
            tokens = [f"{w} √" if chosen else w for w, chosen in item[3]]
            line_row(item[1], item[2], _pack(tokens, font, size, xr - xv, sep=";  "))
        elif kind == "table":
            line_row(item[1], item[2], [""])
            edges = [xi, xi + 26, 360.0, xr]
            grid(edges, ["No", "Nama Variabel / Variable", "Referensi Waktu / Period"], head=True)
            for k, r in enumerate(item[4], 1):
                grid(edges, [str(k), *r], head=False)
            state["y"] -= 4
        elif kind == "jadwal":
            line_row(item[1], item[2], [""])
            edges = [xi, 250.0, 400.0, xr]
            grid(edges, ["Tahapan / Stage", "Mulai / Start", "Selesai / End"], head=True)
            for r in item[4]:
                grid(edges, list(r), head=False)
            state["y"] -= 4
        elif kind == "note":
            need(lead)
            cv.setFont(font, size)
            cv.drawString(xc, state["y"] - 9, item[1])
            state["y"] -= lead + 2
        elif kind == "sign":
            state["y"] -= 12
            need(7 * lead)
            for line in item[1]:
                cv.setFont(font, 9)
                cv.drawString(300, state["y"] - 10, line)
                state["y"] -= 12 if line else 40
    cv.showPage()
    cv.save()


# --- 4. typed over dotted lines, scanned ---------------------------------------------------


def render_pdf_dotted_typed(script: list[Item], path: Path) -> None:
    """A printed FP-KPA with dotted writing lines, filled on a typewriter: "Label :" then a
    dotted line to the margin with the typed value sitting on the dots (continuation lines
    dotted as well); each option preceded by a short dotted blank with "X" typed on the
    chosen ones; tables typed in columns between dashed rules; a round grey office stamp
    over the left part of the signature on the last page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    mono, mono_bold = R._mono()
    font, bold = R._fonts()
    width, height = A4
    size, lead = 9.5, 15.0
    xl, xcolon, xv, xr = 52.0, 222.0, 232.0, 548.0
    cv = Canvas(str(path), pagesize=A4)
    state = {"y": height - 60.0, "page": 1}
    dot_w = cv.stringWidth(".", font, 8)

    def need(h: float) -> None:
        if state["y"] - h < 60:
            cv.setFont(font, 8)
            cv.drawCentredString(width / 2, 34, f"- {state['page']} -")
            cv.showPage()
            state["page"] += 1
            state["y"] = height - 60.0

    def dots(x0: float, x1: float, y: float) -> None:
        cv.setFont(font, 8)
        cv.setFillGray(0.25)
        cv.drawString(x0, y, "." * int((x1 - x0) / dot_w))
        cv.setFillGray(0)

    def typed(x: float, y: float, text: str) -> None:
        cv.setFont(mono, size)
        cv.drawString(x, y + 1.2, text)

    def printed_label(x: float, y: float, text: str) -> None:
        cv.setFont(font, 9)
        cv.drawString(x, y, text)

    def field(number: str, label: str, value_lines: list[str]) -> None:
        labels = _split(label, font, 9, xcolon - xl - 30)
        n = max(len(labels), len(value_lines))
        need(n * lead + 2)
        y = state["y"] - 11
        printed_label(xl, y, number)
        for k, line in enumerate(labels):
            printed_label(xl + 28, y - k * lead, line)
        printed_label(xcolon, y, ":")
        for k in range(n):
            dots(xv, xr, y - k * lead)
        for k, line in enumerate(value_lines):
            typed(xv + 4, y - k * lead, line)
        state["y"] -= n * lead + 2

    def options(number: str, label: str, opts: list[tuple[str, bool]]) -> None:
        tokens = [(w, chosen) for w, chosen in opts]
        rows: list[list[tuple[str, bool]]] = [[]]
        x = xv
        for w, chosen in tokens:
            tw = 26 + cv.stringWidth(w, font, 9) + 14
            if x + tw > xr and rows[-1]:
                rows.append([])
                x = xv
            rows[-1].append((w, chosen))
            x += tw
        labels = _split(label, font, 9, xcolon - xl - 30)
        n = max(len(rows), len(labels))
        need(n * lead + 2)
        y = state["y"] - 11
        printed_label(xl, y, number)
        for k, line in enumerate(labels):
            printed_label(xl + 28, y - k * lead, line)
        printed_label(xcolon, y, ":")
        for r, row in enumerate(rows):
            x = xv
            for w, chosen in row:
                dots(x, x + 20, y - r * lead)
                if chosen:
                    typed(x + 7, y - r * lead, "X")
                printed_label(x + 24, y - r * lead, w)
                x += 26 + cv.stringWidth(w, font, 9) + 14
        state["y"] -= n * lead + 2

    def typed_table(cols: list[float], header: list[str], rows: list[list[str]]) -> None:
        widths = [b - a for a, b in itertools.pairwise(cols)]
        need(3 * lead)
        rule = "-" * int((cols[-1] - cols[0]) / cv.stringWidth("-", mono, size))
        cv.setFont(mono, size)
        cv.drawString(cols[0], state["y"] - 11, rule)
        state["y"] -= lead * 0.8
        for x, h in zip(cols, header, strict=False):
            cv.setFont(mono_bold, size)
            cv.drawString(x, state["y"] - 11, h)
        state["y"] -= lead * 0.8
        cv.setFont(mono, size)
        cv.drawString(cols[0], state["y"] - 11, rule)
        state["y"] -= lead * 0.8
        for r in rows:
            cells = [_split(t, mono, size, w - 6) for t, w in zip(r, widths, strict=True)]
            n = max(len(c) for c in cells)
            need(n * lead)
            for x, c in zip(cols, cells, strict=False):
                for k, line in enumerate(c):
                    cv.setFont(mono, size)
                    cv.drawString(x, state["y"] - 11 - k * lead, line)
            state["y"] -= n * lead
        cv.setFont(mono, size)
        cv.drawString(cols[0], state["y"] - 11, rule)
        state["y"] -= lead + 4

    def stamp(cx: float, cy: float) -> None:
        cv.saveState()
        cv.setStrokeGray(0.55)
        cv.setFillGray(0.55)
        cv.setLineWidth(2.2)
        cv.circle(cx, cy, 44, stroke=1, fill=0)
        cv.setLineWidth(1.0)
        cv.circle(cx, cy, 34, stroke=1, fill=0)
        cv.setFont(bold, 6.5)
        cv.drawCentredString(cx, cy + 22, "PEMERINTAH KABUPATEN")
        cv.drawCentredString(cx, cy + 14, "LAMPUNG SELATAN")
        cv.setFont(bold, 7.5)
        cv.drawCentredString(cx, cy - 3, "DINAS PETERNAKAN")
        cv.drawCentredString(cx, cy - 12, "DAN KESWAN")
        cv.setFont(bold, 6)
        cv.drawCentredString(cx, cy - 26, "* KALIANDA *")
        cv.restoreState()

    text_w = xr - xv - 8
    for item in script:
        kind = item[0]
        if kind == "title":
            need(18)
            cv.setFont(bold, 11.5)
            cv.drawCentredString(width / 2, state["y"] - 12, item[1])
            state["y"] -= 16
            if item[1].startswith("KOMPILASI"):
                state["y"] -= 10
        elif kind == "block":
            state["y"] -= 8
            need(lead * 3)
            cv.setFont(bold, 9.5)
            cv.drawString(xl, state["y"] - 11, item[1])
            cv.setLineWidth(0.6)
            cv.line(xl, state["y"] - 14, xl + cv.stringWidth(item[1], bold, 9.5), state["y"] - 14)
            state["y"] -= lead + 2
        elif kind == "head":
            need(lead * 2)
            printed_label(xl, state["y"] - 11, item[1])
            printed_label(xl + 28, state["y"] - 11, item[2])
            state["y"] -= lead
        elif kind == "text":
            value = "" if item[3] == "-" else item[3]
            number = item[1]
            if number.count(".") >= 2:
                number = "   " + "abcdef"[int(number.split(".")[-1]) - 1] + "."
            field(number, item[2], _split(value, mono, size, text_w) if value else [""])
        elif kind == "opts":
            number = item[1]
            if number.count(".") >= 2:
                number = "   " + "abcdef"[int(number.split(".")[-1]) - 1] + "."
            options(number, item[2], item[3])
        elif kind == "table":
            need(lead * 4)
            printed_label(xl, state["y"] - 11, item[1])
            printed_label(xl + 28, state["y"] - 11, item[2] + " :")
            state["y"] -= lead
            typed_table(
                [xl + 28, xl + 56, 280.0, 380.0, xr],
                ["No", "Nama Variabel", "Ref. Waktu", "Sumber Data"],
                [[str(k), *r] for k, r in enumerate(item[4], 1)],
            )
        elif kind == "jadwal":
            need(lead * 4)
            printed_label(xl, state["y"] - 11, item[1])
            printed_label(xl + 28, state["y"] - 11, item[2] + " :")
            state["y"] -= lead
            typed_table([xl + 28, 260.0, 380.0, xr], ["Tahapan", "Mulai", "Selesai"], list(item[4]))
        elif kind == "note":
            need(lead)
            printed_label(xl, state["y"] - 11, item[1])
            state["y"] -= lead
        elif kind == "sign":
            state["y"] -= 16
            need(9 * lead)
            top = state["y"]
            for line in item[1]:
                cv.setFont(mono, size)
                cv.drawString(330, state["y"] - 11, line)
                state["y"] -= lead if line else 46
            stamp(318, top - 62)
    cv.setFont(font, 8)
    cv.drawCentredString(width / 2, 34, f"- {state['page']} -")
    cv.showPage()
    cv.save()


# --- 5. cover letter: RSUD, date left / Nomor block right, numbered list, Plt. ------------

LETTER_BOYOLALI_FIELDS = {
    "nomor_surat": "445/312/RSUD-PA/III/2026",
    "tanggal_surat": "2026-03-16",
    "perihal": "Permohonan Rekomendasi Survei Kepuasan Pasien Rawat Inap Tahun 2026",
    "instansi": "Rumah Sakit Umum Daerah Pandan Arang Kabupaten Boyolali",
    "kepada": "Kepala Badan Pusat Statistik Kabupaten Boyolali",
    "penandatangan.nama": "drg. Retno Widyastuti, M.Kes.",
    "penandatangan.jabatan": "Plt. DIREKTUR RUMAH SAKIT UMUM DAERAH PANDAN ARANG "
    "KABUPATEN BOYOLALI",
    "penandatangan.nip": "197503122002122004",
}


def render_letter_rsud(path: Path) -> None:
    """A regency hospital's Word letter: letterhead (government line, hospital name,
    address with phone and e-mail) over a double rule; a borderless two-column table with
    the place and date at the LEFT and the Nomor/Sifat/Lampiran/Perihal block at the RIGHT
    (the subject wrapped over two lines); "Kepada" alone, then "Yth. Bapak Kepala ...", "di
    -", "BOYOLALI"; the body with a numbered list (Word automatic numbering, numbers not
    in the text); the signer's title over two lines starting "Plt.", name, rank, NIP;
    tembusan."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.5), Cm(33)
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(1.5), Cm(2)
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    doc.styles["Normal"].paragraph_format.space_after = Pt(0)

    def para(
        text: str = "",
        *,
        bold: bool = False,
        align: Any = None,
        size: float = 12,
        indent: float = 0.0,
        first: float = 0.0,
    ) -> Any:
        p = doc.add_paragraph()
        if text:
            run = p.add_run(text)
            run.bold = bold
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        if indent:
            p.paragraph_format.left_indent = Cm(indent)
        if first:
            p.paragraph_format.first_line_indent = Cm(first)
        p.paragraph_format.space_after = Pt(0)
        return p

    para("PEMERINTAH KABUPATEN BOYOLALI", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(
        "RUMAH SAKIT UMUM DAERAH PANDAN ARANG",
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        size=16,
    )
    para(
        "Jalan Kantil Nomor 14 Boyolali 57312, Telepon (0276) 321065, Faksimile (0276) 321067",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        size=9.5,
    )
    rule = para(
        "Laman rsudpandanarang.boyolali.go.id, Pos-el rsud.pandanarang@boyolali.go.id",
        align=WD_ALIGN_PARAGRAPH.CENTER,
        size=9.5,
    )
    rule._p.get_or_add_pPr().append(
        parse_xml(
            '<w:pBdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:bottom w:val="double" w:sz="12" w:space="4" w:color="000000"/></w:pBdr>'
        )
    )
    para()
    t = doc.add_table(rows=1, cols=2)
    left, right = t.rows[0].cells
    left.text = "Boyolali, 16 Maret 2026"
    inner = right.add_table(rows=0, cols=3)
    for label, value in (
        ("Nomor", "445/312/RSUD-PA/III/2026"),
        ("Sifat", "Biasa"),
        ("Lampiran", "1 (satu) bendel"),
        ("Perihal", "Permohonan Rekomendasi Survei"),
        ("", "Kepuasan Pasien Rawat Inap Tahun 2026"),
    ):
        cells = inner.add_row().cells
        for c, text in zip(cells, (label, ":" if label else "", value), strict=True):
            c.text = text
    _fix_widths(t, [Cm(6.5), Cm(10.5)])
    _fix_widths(inner, [Cm(2.3), Cm(0.5), Cm(7.3)])
    right.paragraphs[0].paragraph_format.space_after = Pt(0)
    para()
    para("Kepada", indent=9.0)
    para("Yth. Bapak Kepala Badan Pusat Statistik", indent=9.0)
    para("Kabupaten Boyolali", indent=9.0 + 0.85)
    para("di -", indent=9.0)
    para("BOYOLALI", indent=10.2)
    para()
    para("Dengan hormat,")
    para(
        "Dalam rangka peningkatan mutu pelayanan dan pemenuhan indikator nasional mutu rumah "
        "sakit, RSUD Pandan Arang Kabupaten Boyolali akan melaksanakan Survei Kepuasan Pasien "
        "Rawat Inap Tahun 2026. Sehubungan dengan hal tersebut, bersama ini kami sampaikan:",
        first=1.25,
    ).alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for text in (
        "Formulir Pemberitahuan Survei Statistik Sektoral (FS3);",
        "Kuesioner Survei Kepuasan Pasien Rawat Inap; dan",
        "Kerangka acuan kegiatan survei.",
    ):
        p = doc.add_paragraph(text, style="List Number")
        p.paragraph_format.left_indent = Cm(1.9)
        p.paragraph_format.space_after = Pt(0)
    para(
        "untuk dapat diperiksa dan diberikan rekomendasi kegiatan statistik sesuai ketentuan "
        "yang berlaku."
    )
    para(
        "Demikian permohonan ini kami sampaikan, atas perhatian dan kerja sama Bapak kami "
        "ucapkan terima kasih.",
        first=1.25,
    )
    para()
    for text in (
        "Plt. DIREKTUR RUMAH SAKIT UMUM DAERAH",
        "PANDAN ARANG KABUPATEN BOYOLALI,",
    ):
        para(text, indent=7.5)
    for _ in range(3):
        para()
    para("drg. Retno Widyastuti, M.Kes.", bold=True, indent=7.5)
    para("Pembina Tingkat I", indent=7.5)
    para("NIP. 19750312 200212 2 004", indent=7.5)
    para()
    para("Tembusan :", size=10.5)
    para("1. Bupati Boyolali (sebagai laporan);", size=10.5)
    para("2. Kepala Dinas Kesehatan Kabupaten Boyolali.", size=10.5)
    doc.save(str(path))


# --- 6. one small ruled table a block, answers as sentences ------------------------------


def render_pdf_block_tables(script: list[Item], path: Path, *, sentences: dict[str, str]) -> None:
    """Every block its own small ruled table under a bold block title, each with the
    header row "No. | Rincian | Keterangan"; choices answered in full sentences (by item
    number) instead of option lists; a person's rows under a spanning sub-heading row;
    the variable and schedule lists as tables nested in the Keterangan cell; block VI
    printed with its rows left empty and a note."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    font, bold = R._fonts()
    st = ParagraphStyle("c", fontName=font, fontSize=8.8, leading=11)
    sb = ParagraphStyle("b", fontName=bold, fontSize=8.8, leading=11)
    sh = ParagraphStyle("h", fontName=bold, fontSize=10, leading=13, spaceBefore=8)
    stitle = ParagraphStyle("t", fontName=bold, fontSize=12, leading=15, alignment=1)
    col = [34.0, 170.0, 287.0]
    story: list[Any] = []
    rows: list[list[Any]] = []
    spans: list[int] = []

    def p(s: str, style: ParagraphStyle = st) -> Paragraph:
        return Paragraph(_esc(s), style)

    def flush() -> None:
        if not rows:
            return
        data = [[p("No.", sb), p("Rincian", sb), p("Keterangan", sb)], *rows]
        style = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
        for r in spans:
            style += [
                ("SPAN", (1, r + 1), (2, r + 1)),
                ("BACKGROUND", (0, r + 1), (-1, r + 1), colors.Color(0.95, 0.95, 0.95)),
            ]
        t = Table(data, colWidths=col, repeatRows=1)
        t.setStyle(TableStyle(style))
        story.append(t)
        rows.clear()
        spans.clear()

    def nested(header: list[str], body: list[list[str]], widths: list[float]) -> Table:
        t = Table(
            [[p(h, sb) for h in header], *[[p(c) for c in r] for r in body]], colWidths=widths
        )
        t.setStyle(
            TableStyle(
                [
                    ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        return t

    in_vi = False
    for item in script:
        kind = item[0]
        if kind == "title":
            story.append(p(item[1], stitle))
        elif kind == "block":
            flush()
            in_vi = item[1].startswith("BLOK VI.")
            story.append(p(item[1], sh))
            story.append(Spacer(1, 3))
        elif kind == "head":
            spans.append(len(rows))
            rows.append([p(item[1], sb), p(item[2], sb), ""])
        elif kind == "text":
            value = "" if item[3] == "-" else item[3]
            rows.append([p(item[1]), p(item[2]), p(value)])
        elif kind == "opts":
            rows.append([p(item[1]), p(item[2]), p(sentences[item[1]])])
        elif kind == "table":
            body = [[str(k), *r] for k, r in enumerate(item[4], 1)]
            rows.append([p(item[1]), p(item[2]), nested(list(item[3]), body, [22.0, 150.0, 105.0])])
        elif kind == "jadwal":
            rows.append(
                [
                    p(item[1]),
                    p(item[2]),
                    nested(list(item[3]), [list(r) for r in item[4]], [117.0, 80.0, 80.0]),
                ]
            )
        elif kind == "note":
            if in_vi:
                for number, label in (
                    ("6.1", "Rancangan sampel"),
                    ("6.2", "Kerangka sampel"),
                    ("6.3", "Fraksi sampel"),
                    ("6.4", "Unit sampel"),
                    ("6.5", "Jumlah sampel"),
                    ("6.6", "Perkiraan sampling error"),
                    ("6.7", "Responden"),
                ):
                    rows.append([p(number), p(label), ""])
                flush()
                story.append(
                    p("Catatan: Blok VI tidak diisi karena sampel dipilih secara non-probabilitas.")
                )
            else:
                story.append(p(item[1]))
        elif kind == "sign":
            flush()
            story.append(Spacer(1, 18))
            sign = Table(
                [[p(line) if line else Spacer(1, 36)] for line in item[1]],
                colWidths=[220.0],
                hAlign="RIGHT",
            )
            story.append(sign)
    flush()
    pdf = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=50, rightMargin=50, topMargin=46, bottomMargin=50
    )
    pdf.build(story)


# --- documents ----------------------------------------------------------------------------


def documents() -> list[Any]:
    """The wave-14 held-out documents."""
    from tests.independent.build import HeldOut

    return [
        HeldOut(
            "fpkpa-jambi-word-textboxes.docx",
            "fp-kpa",
            lambda p: render_docx_textboxes(
                fpkpa_script(
                    FPKPA_JAMBI, "kotak14", num_plain, titles=FPKPA_TITLES, signer=JAMBI_SIGN
                ),
                p,
            ),
            expected(FPKPA_JAMBI),
            note="Word form with labels ('1.2.1  Alamat Kantor') in plain paragraphs and every "
            "value typed in a floating bordered text box to their right (wp:anchor DrawingML "
            "shape with txbxContent inside mc:AlternateContent, the same text again in the VML "
            "fallback; block II's boxes VML-only w:pict/v:textbox), options '☒ A   ☐ B' inside "
            "the box, long values wrapped inside the box, no fax for the persons; variable and "
            "schedule lists as ordinary Word tables, full month-name dates",
        ),
        HeldOut(
            "fs3-sumedang-word-nested.docx",
            "fs3",
            lambda p: render_docx_nested(
                fs3_script(
                    FS3_SUMEDANG, "nest14", num_plain, titles=FS3_TITLES, signer=SUMEDANG_SIGN
                ),
                p,
            ),
            expected(FS3_SUMEDANG),
            note="Word outer table No. | Rincian | Isian with tables nested in the Isian cell: "
            "each person a 'Keterangan | Isian' table, each option list a 'Kode | Uraian | "
            "Pilihan (√)' table with '√' in the chosen row, yes/no items as '| Ya | Tidak' "
            "tables (the three processing steps and the four products as rows of one), the "
            "variable and schedule tables nested in a cell spanning Rincian+Isian; number "
            "cells merged vertically (vMerge) over their sub-item rows; legal-size page, "
            "dashed dates, institution name wrapping, no office fax",
        ),
        HeldOut(
            "fs3-kemnaker-bilingual.pdf",
            "fs3",
            lambda p: render_pdf_bilingual(
                _letters(
                    fs3_script(
                        FS3_KEMNAKER, "bi14", num_plain, titles=FS3_TITLES, signer=KEMNAKER_SIGN
                    )
                ),
                p,
            ),
            expected(FS3_KEMNAKER),
            note="ministry's bilingual printout: item code, Indonesian label (bold) and English "
            "label (italic grey, 'Activity Name', 'Organizer', 'Sampling Frame') in two "
            "columns, ':' and the value in a right column; blocks 'BLOK A.'..'BLOK G.' with "
            "the English heading right-aligned on the bar; items renumbered A1..A7, B1..B10 "
            "within each block (group headings unnumbered); options 'A;  B √;  C' with '√' "
            "after the chosen wording; nationwide (Wilayah '-'), tables with bilingual "
            "headers, running header 'KEMENTERIAN KETENAGAKERJAAN', 'Halaman / Page n'",
        ),
        HeldOut(
            "fpkpa-lampsel-typed-dots-scan.tif",
            "fp-kpa",
            lambda p: R.scan_to_tiff(
                lambda pdf: render_pdf_dotted_typed(
                    fpkpa_script(
                        FPKPA_LAMPSEL,
                        "tik14",
                        num_plain,
                        titles=FPKPA_TITLES,
                        signer=LAMPSEL_SIGN,
                    ),
                    pdf,
                ),
                p,
                angle=1.5,
                noise=8.0,
            ),
            expected(FPKPA_LAMPSEL),
            note="printed form with dotted writing lines filled on a typewriter (monospace "
            "values typed over the dots after 'Label :', continuation lines dotted too), "
            "sub-items lettered 'a.'..'f.', each option after a short dotted blank with 'X' "
            "typed on the chosen one, tables typed in columns between dashed rules, a round "
            "grey office stamp over the left of the signature; scanned at 300 dpi, turned "
            "1.5 degrees, noise, multi-page TIFF; no office fax, dashed dates",
        ),
        HeldOut(
            "surat-boyolali-rsud-plt.docx",
            "surat_pengantar",
            render_letter_rsud,
            LETTER_BOYOLALI_FIELDS,
            note="regency hospital (RSUD) Word letter: government line over the hospital name, "
            "double rule as a paragraph border; place and date at the left beside a nested "
            "Nomor/Sifat/Lampiran/Perihal table at the right (Perihal over two rows); "
            "'Kepada' alone then 'Yth. Bapak Kepala Badan Pusat Statistik' / 'Kabupaten "
            "Boyolali' / 'di -' / 'BOYOLALI'; body with a Word auto-numbered list; signer "
            "title over two lines starting 'Plt.', name in bold, rank, spaced NIP; tembusan",
        ),
        HeldOut(
            "fs3-tangsel-block-tables-sentences.pdf",
            "fs3",
            lambda p: render_pdf_block_tables(
                fs3_script(
                    FS3_TANGSEL, "rinci14", num_plain, titles=FS3_TITLES, signer=TANGSEL_SIGN
                ),
                p,
                sentences=TANGSEL_SENTENCES,
            ),
            expected(FS3_TANGSEL),
            note="each block a separate small ruled table 'No. | Rincian | Keterangan' (header "
            "repeated per block) under a bold block title; every choice answered as a "
            "sentence ('Survei ini dilaksanakan berulang.', 'Survei diulang setiap tahun "
            "(tahunan).', 'Tidak, penyandian tidak dilakukan.'); persons and sub-items under "
            "shaded spanning rows; variable and schedule tables nested in the Keterangan "
            "cell; quota sample with block VI printed as empty rows and a note; d/m/yyyy "
            "dates without leading zeros",
        ),
    ]
