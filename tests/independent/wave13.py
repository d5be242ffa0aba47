"""Thirteenth wave of the held-out set: six more layouts, made without reading the extractor.

- an FS3 exported from a spreadsheet (item codes "B1R1", a ":" column, merged value cells,
  coded option lists with the chosen code in a box at the right, repeated page header,
  "Halaman x dari y");
- an FP-KPA photographed with a phone (perspective, uneven light, blur, JPEG pages in a PDF);
- an FS3 in Word with legacy form fields (FORMTEXT, FORMCHECKBOX) in a borderless table;
- an FP-KPA as a fillable PDF made by a third-party tool (fields "Text1", "Check Box12");
- a cover letter from a provincial office of the Ministry of Religious Affairs ("Kepada
  Yth." with a "Cq." line, "Perihal" under the addressee, electronic signature);
- an FS3 printed from a web application (captions above input boxes, drawn radio buttons
  and check boxes, browser header and footer).
"""

from __future__ import annotations

import random
from collections.abc import Callable
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
    num_none,
    num_plain,
)


def _same(text: str) -> tuple[str, str]:
    return (text, text)


# --- content ------------------------------------------------------------------------------

#: A regency fisheries survey with a probability (cluster, two-stage) sample.
FS3_BONE: Shown = {
    "judul": _same("Survei Rumah Tangga Perikanan Tangkap Kabupaten Bone Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Kelautan dan Perikanan Kabupaten Bone"),
    "penyelenggara.alamat": _same(
        "Jl. Jenderal Sudirman No. 14, Watampone, Kecamatan Tanete Riattang"
    ),
    "penyelenggara.kabupaten_kota": ("Kabupaten Bone", "7311"),
    "penyelenggara.provinsi": ("Sulawesi Selatan", "73"),
    "penyelenggara.telepon": ("(0481) 21572", "+6248121572"),
    "penyelenggara.email": _same("dkp@bone.go.id"),
    "penanggung_jawab.nama": _same("Ir. Andi Muhammad Yasir, M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Kelautan dan Perikanan"),
    "penanggung_jawab.telepon": ("0813-5522-6104", "+6281355226104"),
    "penanggung_jawab.faks": ("(0481) 21573", "+6248121573"),
    "penanggung_jawab.email": _same("andi.yasir@bone.go.id"),
    "manajer.nama": _same("Hasmawati Rahman, S.Pi., M.P."),
    "manajer.jabatan": _same("Kepala Bidang Perikanan Tangkap"),
    "manajer.alamat": _same("Jl. Jenderal Sudirman No. 14, Watampone"),
    "manajer.telepon": ("0852-9910-4437", "+6285299104437"),
    "manajer.email": _same("tangkap.dkp@bone.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Memperoleh data produksi, nilai produksi, armada dan alat tangkap serta pendapatan "
        "rumah tangga nelayan di kecamatan pesisir Teluk Bone sebagai dasar penyusunan "
        "rencana strategis dan penyaluran bantuan sarana perikanan tangkap."
    ),
    "variabel": (
        None,
        [
            {"nama": "Jumlah trip penangkapan", "referensi_waktu": "Sebulan terakhir"},
            {
                "nama": "Volume hasil tangkapan per jenis ikan",
                "referensi_waktu": "Sebulan terakhir",
            },
            {"nama": "Nilai produksi perikanan tangkap", "referensi_waktu": "Sebulan terakhir"},
            {"nama": "Jenis dan ukuran armada", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Jenis alat tangkap", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Pendapatan rumah tangga nelayan", "referensi_waktu": "Setahun terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Bone", ["7311"]),
    "metode_pengumpulan": (None, ["wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "klaster"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("5", 5),
    "jumlah_enumerator": ("20", 20),
    "rancangan_sampel": (None, "multi_tahap"),
    "kerangka_sampel": _same(
        "Daftar desa pesisir dan daftar rumah tangga nelayan hasil pendataan Kusuka 2025"
    ),
    "fraksi_sampel": _same("8 persen rumah tangga nelayan"),
    "unit_sampel": _same("Rumah tangga nelayan"),
    "jumlah_sampel": ("960", 960),
    "sampling_error": _same("RSE di bawah 10 persen untuk produksi tingkat kabupaten"),
    "responden": _same("Kepala rumah tangga nelayan atau anggota yang ikut melaut"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("05/01/2026", "13/02/2026"), ("2026-01-05", "2026-02-13")),
    "jadwal.lapangan": (("02/03/2026", "30/04/2026"), ("2026-03-02", "2026-04-30")),
    "jadwal.pengolahan": (("04/05/2026", "12/06/2026"), ("2026-05-04", "2026-06-12")),
    "jadwal.analisis": (("15/06/2026", "17/07/2026"), ("2026-06-15", "2026-07-17")),
    "jadwal.diseminasi": (("03/08/2026", "30/09/2026"), ("2026-08-03", "2026-09-30")),
    "tanggal_rilis": ("14/08/2026", "2026-08-14"),
}

#: A provincial health office's compilation over four regencies (no kabupaten/kota).
FPKPA_SULTENG: Shown = {
    "judul": _same("Kompilasi Data Pemantauan Status Gizi Balita Provinsi Sulawesi Tengah 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Kesehatan Provinsi Sulawesi Tengah"),
    "penyelenggara.alamat": _same("Jl. Undata No. 3, Palu"),
    "penyelenggara.provinsi": ("Sulawesi Tengah", "72"),
    "penyelenggara.telepon": ("(0451) 421070", "+62451421070"),
    "penyelenggara.email": _same("dinkes@sultengprov.go.id"),
    "penanggung_jawab.nama": _same("dr. I Komang Adi Sujendra, Sp.PD."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Kesehatan Provinsi Sulawesi Tengah"),
    "penanggung_jawab.alamat": _same("Jl. Undata No. 3, Palu"),
    "penanggung_jawab.telepon": ("0811-4530-772", "+628114530772"),
    "penanggung_jawab.email": _same("komang.adi@sultengprov.go.id"),
    "pj_teknis.nama": _same("Ni Wayan Sulastri, S.K.M., M.Kes."),
    "pj_teknis.jabatan": _same("Ketua Tim Kerja Gizi dan Kesehatan Ibu Anak"),
    "pj_teknis.alamat": _same("Jl. Undata No. 3, Palu"),
    "pj_teknis.telepon": ("0822-9318-0451", "+6282293180451"),
    "pj_teknis.email": _same("gizi.dinkes@sultengprov.go.id"),
    "tujuan": _same(
        "Menghimpun hasil penimbangan dan pengukuran balita di posyandu dari aplikasi "
        "e-PPGBM untuk memantau prevalensi stunting, wasting dan underweight per kecamatan "
        "di empat kabupaten/kota lokus percepatan penurunan stunting."
    ),
    "jadwal.perencanaan": (("5 Jan 2026", "30 Jan 2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.pengumpulan": (("2 Feb 2026", "31 Agu 2026"), ("2026-02-02", "2026-08-31")),
    "jadwal.pengolahan": (("2 Mar 2026", "15 Sep 2026"), ("2026-03-02", "2026-09-15")),
    "jadwal.analisis": (("1 Apr 2026", "30 Sep 2026"), ("2026-04-01", "2026-09-30")),
    "jadwal.diseminasi": (("5 Okt 2026", "30 Nov 2026"), ("2026-10-05", "2026-11-30")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah balita ditimbang",
                "referensi_waktu": "Bulanan",
                "sumber": "Laporan e-PPGBM",
            },
            {
                "nama": "Jumlah balita pendek dan sangat pendek",
                "referensi_waktu": "Bulanan",
                "sumber": "Laporan e-PPGBM",
            },
            {
                "nama": "Jumlah balita gizi kurang",
                "referensi_waktu": "Bulanan",
                "sumber": "Laporan e-PPGBM",
            },
            {
                "nama": "Jumlah posyandu aktif",
                "referensi_waktu": "Bulanan",
                "sumber": "Register posyandu puskesmas",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": _same("Rekapitulasi hasil penimbangan balita pada aplikasi e-PPGBM"),
    "metode_pengumpulan": _same("Unduhan data dari aplikasi e-PPGBM dan laporan puskesmas"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": (
        "Kota Palu, Kabupaten Donggala, Kabupaten Sigi, Kabupaten Parigi Moutong",
        ["7205", "7208", "7210", "7271"],
    ),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "jumlah_supervisor": ("4", 4),
    "jumlah_enumerator": ("12", 12),
    "pelatihan": (None, False),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, False),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["individu"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("16 Nov 2026", "2026-11-16"),
}

#: A regency tourism survey with an accidental (non-probability) sample: block VI empty.
FS3_BELITUNG: Shown = {
    "judul": _same("Survei Profil dan Pengeluaran Wisatawan Kabupaten Belitung 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Kebudayaan dan Pariwisata Kabupaten Belitung"),
    "penyelenggara.alamat": _same("Jl. Melati No. 41, Kelurahan Pangkallalang, Tanjungpandan"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Belitung", "1902"),
    "penyelenggara.provinsi": ("Kepulauan Bangka Belitung", "19"),
    "penyelenggara.telepon": ("(0719) 21367", "+6271921367"),
    "penyelenggara.faks": ("(0719) 21368", "+6271921368"),
    "penyelenggara.email": _same("disbudpar@belitungkab.go.id"),
    "penanggung_jawab.nama": _same("Drs. Muhammad Rizal Fahlevi, M.Si."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Kebudayaan dan Pariwisata"),
    "penanggung_jawab.telepon": ("0819-2711-0385", "+6281927110385"),
    "penanggung_jawab.email": _same("rizal.fahlevi@belitungkab.go.id"),
    "manajer.nama": _same("Yuliana Permatasari, S.ST.Par."),
    "manajer.jabatan": _same("Kepala Bidang Pemasaran Pariwisata"),
    "manajer.alamat": _same("Jl. Melati No. 41, Tanjungpandan"),
    "manajer.telepon": ("0877-9612-4058", "+6287796124058"),
    "manajer.email": _same("pemasaran.disbudpar@belitungkab.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengetahui karakteristik, lama tinggal dan rata-rata pengeluaran wisatawan nusantara "
        "dan mancanegara di destinasi Geopark Belitong sebagai bahan promosi dan penghitungan "
        "dampak ekonomi pariwisata daerah."
    ),
    "variabel": (
        None,
        [
            {"nama": "Asal daerah atau negara wisatawan", "referensi_waktu": "Kunjungan saat ini"},
            {"nama": "Maksud utama kunjungan", "referensi_waktu": "Kunjungan saat ini"},
            {"nama": "Lama menginap", "referensi_waktu": "Kunjungan saat ini"},
            {"nama": "Pengeluaran selama kunjungan", "referensi_waktu": "Kunjungan saat ini"},
            {"nama": "Kepuasan terhadap destinasi", "referensi_waktu": "Kunjungan saat ini"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Belitung", ["1902"]),
    "metode_pengumpulan": (None, ["swacacah", "wawancara"]),
    "metode_sampel": (None, "nonprobabilitas"),
    "metode_pemilihan": (None, "aksidental"),
    "uji_coba": (None, False),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "diploma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("3", 3),
    "jumlah_enumerator": ("15", 15),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["lainnya"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("12 Januari 2026", "20 Februari 2026"), ("2026-01-12", "2026-02-20")),
    "jadwal.lapangan": (("1 Juni 2026", "31 Juli 2026"), ("2026-06-01", "2026-07-31")),
    "jadwal.pengolahan": (("3 Agustus 2026", "28 Agustus 2026"), ("2026-08-03", "2026-08-28")),
    "jadwal.analisis": (("31 Agustus 2026", "25 September 2026"), ("2026-08-31", "2026-09-25")),
    "jadwal.diseminasi": (("5 Oktober 2026", "30 Oktober 2026"), ("2026-10-05", "2026-10-30")),
    "tanggal_rilis": ("27 Oktober 2026", "2026-10-27"),
}

#: A city compilation of school data, yearly, with its fillable-PDF field values.
FPKPA_AMBON: Shown = {
    "judul": _same("Kompilasi Data Pokok Pendidikan Dasar Kota Ambon Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Pendidikan dan Kebudayaan Kota Ambon"),
    "penyelenggara.alamat": _same("Jl. Dr. Latumeten No. 27, Kelurahan Batu Meja, Sirimau"),
    "penyelenggara.kabupaten_kota": ("Kota Ambon", "8171"),
    "penyelenggara.provinsi": ("Maluku", "81"),
    "penyelenggara.telepon": ("(0911) 352417", "+62911352417"),
    "penyelenggara.faks": ("(0911) 352418", "+62911352418"),
    "penyelenggara.email": _same("dikbud@ambon.go.id"),
    "penanggung_jawab.nama": _same("Dr. Steven Dominggus Patty, M.Pd."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Pendidikan dan Kebudayaan"),
    "penanggung_jawab.alamat": _same("Jl. Dr. Latumeten No. 27, Batu Meja, Ambon"),
    "penanggung_jawab.telepon": ("0812-4770-3158", "+6281247703158"),
    "penanggung_jawab.email": _same("steven.patty@ambon.go.id"),
    "pj_teknis.nama": _same("Margaretha Sahetapy, S.Kom., M.T."),
    "pj_teknis.jabatan": _same("Pranata Komputer Ahli Muda, Subbagian Program dan Data"),
    "pj_teknis.alamat": _same("Jl. Dr. Latumeten No. 27, Batu Meja, Ambon"),
    "pj_teknis.telepon": ("0813-4361-2290", "+6281343612290"),
    "pj_teknis.email": _same("data.dikbud@ambon.go.id"),
    "tujuan": _same(
        "Menghimpun data satuan pendidikan, peserta didik, pendidik dan sarana prasarana "
        "SD dan SMP dari Dapodik sebagai bahan perencanaan pemerataan guru dan rehabilitasi "
        "ruang kelas."
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
                "nama": "Jumlah satuan pendidikan",
                "referensi_waktu": "Semester ganjil",
                "sumber": "Dapodik",
            },
            {
                "nama": "Jumlah peserta didik menurut jenis kelamin",
                "referensi_waktu": "Semester ganjil",
                "sumber": "Dapodik",
            },
            {
                "nama": "Jumlah guru menurut status kepegawaian",
                "referensi_waktu": "Semester ganjil",
                "sumber": "Dapodik",
            },
            {
                "nama": "Jumlah ruang kelas menurut kondisi",
                "referensi_waktu": "Semester ganjil",
                "sumber": "Dapodik dan laporan sarpras sekolah",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "jenis_data": _same("Data Pokok Pendidikan (Dapodik) SD dan SMP"),
    "metode_pengumpulan": _same("Penarikan data dari Dapodik dan verifikasi ke sekolah"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Ambon", ["8171"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("2", 2),
    "jumlah_enumerator": ("10", 10),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["lainnya"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("15/07/2026", "2026-07-15"),
}

#: A regency census of farmer groups (block VI left blank on the web form), no fax.
FS3_KLATEN: Shown = {
    "judul": _same("Sensus Kelompok Tani dan Gabungan Kelompok Tani Kabupaten Klaten 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Dinas Pertanian, Ketahanan Pangan dan Perikanan Kabupaten Klaten"
    ),
    "penyelenggara.alamat": _same("Jl. Pemuda Selatan No. 286, Klaten Tengah"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Klaten", "3310"),
    "penyelenggara.provinsi": ("Jawa Tengah", "33"),
    "penyelenggara.telepon": ("(0272) 321046", "+62272321046"),
    "penyelenggara.email": _same("distankp@klatenkab.go.id"),
    "penanggung_jawab.nama": _same("Ir. Widiyanti Sulistyaningrum, M.P."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Pertanian, Ketahanan Pangan dan Perikanan"),
    "penanggung_jawab.telepon": ("0812-2605-7731", "+6281226057731"),
    "penanggung_jawab.email": _same("widiyanti.s@klatenkab.go.id"),
    "manajer.nama": _same("Bayu Aji Nugroho, S.P."),
    "manajer.jabatan": _same("Kepala Bidang Penyuluhan dan Kelembagaan Petani"),
    "manajer.alamat": _same("Jl. Pemuda Selatan No. 286, Klaten Tengah, Klaten"),
    "manajer.telepon": ("0856-4720-1193", "+6285647201193"),
    "manajer.email": _same("penyuluhan.distankp@klatenkab.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mendata seluruh kelompok tani dan gapoktan di 26 kecamatan (keanggotaan, luas lahan "
        "garapan, komoditas, kepemilikan alat mesin pertanian dan kelas kemampuan) untuk "
        "pemutakhiran Simluhtan dan penyaluran pupuk bersubsidi."
    ),
    "variabel": (
        None,
        [
            {"nama": "Jumlah anggota kelompok tani", "referensi_waktu": "Saat pendataan"},
            {"nama": "Luas lahan garapan anggota", "referensi_waktu": "Musim tanam terakhir"},
            {"nama": "Komoditas utama", "referensi_waktu": "Musim tanam terakhir"},
            {"nama": "Alat dan mesin pertanian yang dimiliki", "referensi_waktu": "Saat pendataan"},
            {"nama": "Kelas kemampuan kelompok", "referensi_waktu": "Tahun 2025"},
        ],
    ),
    "cara_pengumpulan": (None, "sensus"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Klaten", ["3310"]),
    "metode_pengumpulan": (None, ["data_sekunder", "wawancara"]),
    "uji_coba": (None, True),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("13", 13),
    "jumlah_enumerator": ("52", 52),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota", "kecamatan"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, True),
    "jadwal.perencanaan": (("05 Jan 2026", "06 Feb 2026"), ("2026-01-05", "2026-02-06")),
    "jadwal.lapangan": (("02 Mar 2026", "30 Apr 2026"), ("2026-03-02", "2026-04-30")),
    "jadwal.pengolahan": (("04 Mei 2026", "12 Jun 2026"), ("2026-05-04", "2026-06-12")),
    "jadwal.analisis": (("15 Jun 2026", "17 Jul 2026"), ("2026-06-15", "2026-07-17")),
    "jadwal.diseminasi": (("03 Agt 2026", "30 Sep 2026"), ("2026-08-03", "2026-09-30")),
    "tanggal_rilis": ("21 Agt 2026", "2026-08-21"),
}


# --- label wordings -----------------------------------------------------------------------

#: A regency's spreadsheet version of the FS3.
FS3_WORDS["sheet13"] = {
    "judul": "Judul Kegiatan Survei",
    "tahun": "Tahun Penyelenggaraan",
    "b1": "BLOK 1 - IDENTITAS PENYELENGGARA",
    "instansi": "Nama Organisasi Perangkat Daerah",
    "alamat_head": "Alamat dan Kontak",
    "alamat": "Alamat Kantor",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "No. Telepon",
    "faks": "No. Faksimili",
    "email": "Alamat E-mail",
    "b2": "BLOK 2 - PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab Kegiatan",
    "mgr": "Manajer/Pengelola Survei",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "b3": "BLOK 3 - JENIS DAN SIFAT SURVEI",
    "pelaksanaan": "Sifat Penyelenggaraan",
    "frekuensi": "Periode (khusus survei berulang)",
    "tipe": "Tipe Pengumpulan Data",
    "b4": "BLOK 4 - TUJUAN DAN VARIABEL",
    "tujuan": "Tujuan Kegiatan",
    "variabel": "Daftar Variabel Pokok",
    "b5": "BLOK 5 - DESAIN KEGIATAN",
    "cara": "Cara Pengumpulan Data",
    "cakupan": "Cakupan Wilayah",
    "wilayah": "Nama Wilayah (jika sebagian)",
    "metode": "Metode Pengumpulan Data",
    "sampel": "Metode Sampling",
    "pemilihan": "Teknik Pemilihan Sampel",
    "uji": "Uji Coba Instrumen",
    "petugas": "Petugas Lapangan",
    "pendidikan": "Pendidikan Minimal Petugas",
    "pelatihan": "Pelatihan Petugas",
    "jumlah_head": "Jumlah Petugas Lapangan",
    "sup": "Supervisor/Pengawas",
    "enum": "Pencacah",
    "b6": "BLOK 6 - DESAIN SAMPEL",
    "rancangan": "Rancangan Sampel",
    "kerangka": "Kerangka Sampel",
    "fraksi": "Fraksi Sampel",
    "unit_head": "Unit dan Jumlah Sampel",
    "unit": "Unit Sampel",
    "jml": "Jumlah Sampel",
    "se": "Perkiraan Sampling Error",
    "resp": "Responden",
    "b7": "BLOK 7 - PENGOLAHAN, ANALISIS DAN DISEMINASI",
    "olah_head": "Tahap Pengolahan",
    "edit": "Editing",
    "coding": "Coding",
    "valid": "Validasi",
    "tingkat": "Tingkat Estimasi",
    "analisis": "Metode Analisis",
    "produk": "Produk yang Dihasilkan",
    "jadwal": "Jadwal Pelaksanaan",
    "rilis": "Tanggal Rilis Hasil",
}

#: An older Word template with legacy form fields.
FS3_WORDS["ffield13"] = {
    **FS3_WORDS["sheet13"],
    "judul": "Nama Survei",
    "tahun": "Tahun",
    "b1": "I. INSTANSI PENYELENGGARA",
    "instansi": "Instansi Penyelenggara",
    "alamat_head": "Alamat Instansi",
    "alamat": "Jalan",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "Email",
    "b2": "II. PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab",
    "mgr": "Manajer Survei",
    "b3": "III. PENYELENGGARAAN SURVEI",
    "pelaksanaan": "Frekuensi Penyelenggaraan",
    "frekuensi": "Bila berulang",
    "b4": "IV. TUJUAN DAN VARIABEL",
    "tujuan": "Tujuan Survei",
    "variabel": "Variabel yang Dikumpulkan",
    "b5": "V. DESAIN SURVEI",
    "wilayah": "Wilayah yang Dicakup",
    "sampel": "Metode Pemilihan Sampel",
    "pemilihan": "Metode yang Digunakan",
    "uji": "Apakah Melakukan Uji Coba",
    "petugas": "Pengumpul Data",
    "pendidikan": "Pendidikan Terendah Petugas",
    "pelatihan": "Apakah Petugas Dilatih",
    "jumlah_head": "Jumlah Petugas",
    "sup": "Supervisor/Penyelia",
    "enum": "Enumerator",
    "b6": "VI. DESAIN SAMPEL",
    "b7": "VII. PENGOLAHAN DAN ANALISIS",
    "olah_head": "Pengolahan Data",
    "edit": "Penyuntingan",
    "coding": "Penyandian",
    "valid": "Validasi",
    "tingkat": "Level Penyajian",
    "analisis": "Metode Analisis",
    "produk": "Produk",
    "jadwal": "Jadwal Kegiatan",
    "rilis": "Rencana Rilis Hasil",
}

#: A regency web application's printout ("*" marks required inputs).
FS3_WORDS["web13"] = {
    **FS3_WORDS["sheet13"],
    "judul": "Judul Survei *",
    "tahun": "Tahun *",
    "b1": "Bagian I  Instansi Penyelenggara",
    "instansi": "Nama Instansi *",
    "alamat_head": "Alamat Instansi",
    "alamat": "Alamat *",
    "kab": "Kabupaten/Kota *",
    "prov": "Provinsi *",
    "telp": "Telepon *",
    "faks": "Faksimile",
    "email": "E-mail *",
    "b2": "Bagian II  Penanggung Jawab",
    "pj": "Penanggung Jawab",
    "mgr": "Manajer Survei",
    "nama": "Nama Lengkap *",
    "jabatan": "Jabatan *",
    "b3": "Bagian III  Jenis Survei",
    "pelaksanaan": "Pelaksanaan Survei *",
    "frekuensi": "Frekuensi (bila berulang)",
    "tipe": "Tipe Pengumpulan Data *",
    "b4": "Bagian IV  Tujuan dan Variabel",
    "tujuan": "Tujuan Survei *",
    "variabel": "Variabel *",
    "b5": "Bagian V  Desain Survei",
    "cara": "Cara Pengumpulan Data *",
    "cakupan": "Cakupan Wilayah *",
    "wilayah": "Wilayah (bila sebagian)",
    "metode": "Metode Pengumpulan Data * (boleh lebih dari satu)",
    "sampel": "Metode Pemilihan Sampel",
    "pemilihan": "Metode yang Digunakan",
    "uji": "Uji Coba Kuesioner *",
    "petugas": "Petugas Pengumpul Data *",
    "pendidikan": "Pendidikan Terendah Petugas *",
    "pelatihan": "Pelatihan Petugas *",
    "jumlah_head": "Jumlah Petugas",
    "sup": "Jumlah Supervisor *",
    "enum": "Jumlah Enumerator *",
    "b6": "Bagian VI  Desain Sampel (diisi bila sampel probabilitas)",
    "b7": "Bagian VII  Pengolahan, Analisis dan Diseminasi",
    "olah_head": "Tahapan Pengolahan *",
    "edit": "Penyuntingan",
    "coding": "Penyandian",
    "valid": "Validasi",
    "tingkat": "Tingkat Estimasi *",
    "analisis": "Metode Analisis *",
    "produk": "Produk *",
    "jadwal": "Jadwal *",
    "rilis": "Tanggal Rilis *",
}

#: A provincial office's FP-KPA (photographed).
FPKPA_WORDS["foto13"] = {
    "judul": "Judul Kompilasi",
    "tahun": "Tahun",
    "b1": "I. PENYELENGGARA",
    "instansi": "Perangkat Daerah Penyelenggara",
    "alamat_head": "Alamat Perangkat Daerah",
    "alamat": "Alamat",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "Surel",
    "b2": "II. PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab Kegiatan",
    "tek": "Penanggung Jawab Teknis",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "alamat_p": "Alamat",
    "b3": "III. TUJUAN DAN JADWAL",
    "tujuan": "Tujuan dan Kegunaan Data",
    "jadwal": "Jadwal Kegiatan",
    "b4": "IV. VARIABEL",
    "variabel": "Variabel yang Dihimpun",
    "b5": "V. RANCANGAN KOMPILASI",
    "pelaksanaan": "Penyelenggaraan",
    "frekuensi": "Frekuensi",
    "jenis": "Jenis Data Administrasi",
    "metode": "Cara Pengumpulan Data",
    "cakupan": "Cakupan Wilayah",
    "wilayah": "Wilayah yang Dicakup",
    "b6": "VI. PETUGAS",
    "petugas": "Petugas",
    "pendidikan": "Pendidikan Minimal",
    "sup": "Jumlah Pengawas",
    "enum": "Jumlah Petugas Pengumpul Data",
    "pelatihan": "Pelatihan",
    "b7": "VII. PENGOLAHAN DAN PENYAJIAN",
    "olah_head": "Kegiatan Pengolahan",
    "edit": "Penyuntingan",
    "entri": "Entri Data",
    "coding": "Penyandian",
    "valid": "Validasi",
    "analisis": "Metode Analisis",
    "unit": "Unit Analisis",
    "tingkat": "Tingkat Penyajian",
    "produk": "Produk",
    "rilis": "Jadwal Rilis",
}

#: A city office's fillable PDF.
FPKPA_WORDS["isian13"] = {
    **FPKPA_WORDS["foto13"],
    "judul": "Nama Kegiatan Kompilasi",
    "tahun": "Tahun Kegiatan",
    "b1": "BLOK I  PENYELENGGARA KEGIATAN",
    "instansi": "Instansi",
    "alamat_head": "Alamat Lengkap Instansi",
    "alamat": "Jalan/Kelurahan/Kecamatan",
    "email": "Email",
    "b2": "BLOK II  PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab Umum",
    "tek": "Penanggung Jawab Teknis",
    "alamat_p": "Alamat Kantor",
    "b3": "BLOK III  TUJUAN DAN JADWAL",
    "tujuan": "Tujuan Kompilasi",
    "jadwal": "Jadwal Kegiatan",
    "b4": "BLOK IV  VARIABEL",
    "variabel": "Daftar Variabel",
    "b5": "BLOK V  METODOLOGI",
    "pelaksanaan": "Pelaksanaan Kegiatan",
    "frekuensi": "Frekuensi",
    "jenis": "Jenis Data",
    "metode": "Metode Pengumpulan Data",
    "b6": "BLOK VI  PETUGAS",
    "petugas": "Petugas Pengumpul",
    "pendidikan": "Pendidikan Terendah",
    "sup": "Jumlah Supervisor",
    "enum": "Jumlah Petugas",
    "pelatihan": "Pelatihan Petugas",
    "b7": "BLOK VII  PENGOLAHAN DAN DISEMINASI",
    "olah_head": "Pengolahan",
    "rilis": "Tanggal Rilis",
}


# --- shared drawing helpers ---------------------------------------------------------------


def num_sheet(block: int, item: int, sub: int) -> str:
    """Spreadsheet row codes: "B1R2", sub-items "B1R2a"."""
    return f"B{block}R{item}{'abcdefghij'[sub - 1] if sub else ''}"


def _coded(opts: list[tuple[str, bool]]) -> tuple[str, list[str]]:
    """ "1. A   2. B" and the chosen codes."""
    text = "   ".join(f"{k}. {wording}" for k, (wording, _) in enumerate(opts, 1))
    return text, [str(k) for k, (_, chosen) in enumerate(opts, 1) if chosen]


def _split(s: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(s, font, size, width) or [""]


def _pack(tokens: list[str], font: str, size: float, width: float, sep: str = "   ") -> list[str]:
    """Tokens (a box and its wording) on lines of ``width``, never split inside a token."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    for token in tokens:
        if lines and stringWidth(lines[-1] + sep + token, font, size) <= width:
            lines[-1] += sep + token
        else:
            lines.append(token)
    return lines or [""]


# --- 1. spreadsheet export ----------------------------------------------------------------


def render_sheet(script: list[Item], path: Path, *, header: str, footer_left: str) -> None:
    """A worksheet printed to PDF: thin grey grid, column A item codes, B the label, C ":",
    D-F (merged) the value, G a code box; option lists written "1. A  2. B" in D-F with the
    chosen code(s) in small boxes in G; the print header and the column titles repeated on
    every page, "Halaman x dari y" at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font, bold = R._fonts()
    size, lead = 8.0, 10.0
    xa, xb, xc, xd, xe, xg, xr = 30.0, 72.0, 250.0, 262.0, 388.0, 515.0, 565.0
    width, height = A4
    top, bottom = height - 92, 52.0
    # Each row: (kind, cells, height); cells depend on kind.
    rows: list[tuple[str, Any, float]] = []
    for item in script:
        kind = item[0]
        if kind == "title":
            rows.append(("title", item[1], 16.0))
        elif kind == "block":
            rows.append(("block", item[1], 15.0))
        elif kind == "head":
            rows.append(("head", (item[1], item[2]), 13.0))
        elif kind == "text":
            label = _split(item[2], font, size, xc - xb - 6)
            value = _split(item[3], font, size, xg - xd - 6)
            rows.append(("text", (item[1], label, value), max(len(label), len(value)) * lead + 4))
        elif kind == "opts":
            text, codes = _coded(item[3])
            label = _split(item[2], font, size, xc - xb - 6)
            value = _split(text, font, size, xg - xd - 6)
            n = max(len(label), len(value))
            rows.append(("opts", (item[1], label, value, codes), n * lead + 4))
        elif kind in ("table", "jadwal"):
            rows.append(("text", (item[1], [item[2]], [""]), lead + 4))
            rows.append(("thead", (kind, item[3]), 13.0))
            for k, row in enumerate(item[4], 1):
                cells = [str(k), *row] if kind == "table" else list(row)
                rows.append(("trow", (kind, cells), 13.0))
        elif kind == "note":
            rows.append(("note", item[1], 13.0))
        elif kind == "sign":
            rows.append(("gap", "", 14.0))
            rows.extend(("sign", line, 12.0 if line else 26.0) for line in item[1])
    pages: list[list[tuple[str, Any, float]]] = [[]]
    y = top
    for row in rows:
        if y - row[2] < bottom:
            pages.append([])
            y = top
        pages[-1].append(row)
        y -= row[2]

    cv = Canvas(str(path), pagesize=A4)
    cv.setTitle("FS3 Kab Bone.xlsx")

    def cell(x0: float, y0: float, x1: float, h: float) -> None:
        cv.rect(x0, y0 - h, x1 - x0, h, stroke=1, fill=0)

    for number, page in enumerate(pages, 1):
        cv.setFont(font, 7.5)
        cv.drawCentredString(width / 2, height - 30, header)
        cv.setFillGray(0.85)
        cv.rect(xa, height - 70, xr - xa, 14, stroke=0, fill=1)
        cv.setFillGray(0)
        cv.setStrokeGray(0.55)
        cv.setLineWidth(0.3)
        for x0, x1, title in (
            (xa, xb, "Kode"),
            (xb, xc, "Rincian"),
            (xc, xd, ""),
            (xd, xg, "Isian"),
            (xg, xr, "Kode"),
        ):
            cell(x0, height - 56, x1, 14)
            cv.setFont(bold, 7.5)
            cv.drawCentredString((x0 + x1) / 2, height - 66, title)
        y = top
        for kind, cells, h in page:
            cv.setStrokeGray(0.55)
            cv.setLineWidth(0.3)
            if kind == "title":
                cv.setFont(bold, 10)
                cv.drawCentredString(width / 2, y - 12, cells)
            elif kind == "block":
                cv.setFillGray(0.9)
                cv.rect(xa, y - h, xr - xa, h, stroke=1, fill=1)
                cv.setFillGray(0)
                cv.setFont(bold, 8.5)
                cv.drawString(xa + 3, y - 11, cells)
            elif kind == "head":
                for x0, x1 in ((xa, xb), (xb, xc), (xc, xd), (xd, xg), (xg, xr)):
                    cell(x0, y, x1, h)
                cv.setFont(font, size)
                cv.drawString(xa + 3, y - 9.5, cells[0])
                cv.setFont(bold, size)
                cv.drawString(xb + 3, y - 9.5, cells[1])
            elif kind in ("text", "opts"):
                for x0, x1 in ((xa, xb), (xb, xc), (xc, xd), (xd, xg), (xg, xr)):
                    cell(x0, y, x1, h)
                cv.setFont(font, size)
                cv.drawString(xa + 3, y - 9.5, cells[0])
                for k, line in enumerate(cells[1]):
                    cv.drawString(xb + 3, y - 9.5 - k * lead, line)
                cv.drawString(xc + 4, y - 9.5, ":")
                for k, line in enumerate(cells[2]):
                    cv.drawString(xd + 3, y - 9.5 - k * lead, line)
                if kind == "opts":
                    cv.setStrokeGray(0)
                    cv.setLineWidth(0.7)
                    for k, code in enumerate(cells[3]):
                        bx = xg + 5 + k * 14
                        cv.rect(bx, y - 12.5, 11, 10, stroke=1, fill=0)
                        cv.drawCentredString(bx + 5.5, y - 10, code)
            elif kind == "thead":
                table, titles = cells
                edges = (
                    [(xa, xb), (xb, xd), (xd, xg)]
                    if table == "table"
                    else [(xb, xd), (xd, xe), (xe, xg)]
                )
                cv.setFillGray(0.95)
                cv.rect(edges[0][0], y - h, edges[-1][1] - edges[0][0], h, stroke=0, fill=1)
                cv.setFillGray(0)
                cv.setFont(bold, size)
                for (x0, x1), title in zip(edges, titles, strict=True):
                    cell(x0, y, x1, h)
                    cv.drawString(x0 + 3, y - 9.5, title)
            elif kind == "trow":
                table, values = cells
                edges = (
                    [(xa, xb), (xb, xd), (xd, xg)]
                    if table == "table"
                    else [(xb, xd), (xd, xe), (xe, xg)]
                )
                cv.setFont(font, size)
                for (x0, x1), value in zip(edges, values, strict=True):
                    cell(x0, y, x1, h)
                    cv.drawString(x0 + 3, y - 9.5, value)
            elif kind == "note":
                cv.setFont(font, size)
                cv.drawString(xb + 3, y - 9.5, cells)
            elif kind == "sign" and cells:
                cv.setFont(font, 9)
                cv.drawString(380, y - 9.5, cells)
            y -= h
        cv.setFont(font, 7.5)
        cv.drawString(xa, 28, footer_left)
        cv.drawRightString(xr, 28, f"Halaman {number} dari {len(pages)}")
        cv.showPage()
    cv.save()


# --- the documents ------------------------------------------------------------------------

BONE_SIGN = [
    "Watampone, 19 Januari 2026",
    "Kepala Dinas Kelautan dan Perikanan,",
    "",
    "Ir. Andi Muhammad Yasir, M.Si.",
    "NIP 19730508 199903 1 006",
]
BONE_TITLES = (
    "FORMULIR PEMBERITAHUAN SURVEI STATISTIK SEKTORAL (FS3)",
    "PEMERINTAH KABUPATEN BONE",
)

SULTENG_SIGN = [
    "Palu, 22 Januari 2026",
    "Kepala Dinas Kesehatan",
    "Provinsi Sulawesi Tengah,",
    "",
    "dr. I Komang Adi Sujendra, Sp.PD.",
    "NIP 19680711 199903 1 004",
]
SULTENG_TITLES = (
    "FORMULIR PEMBERITAHUAN",
    "KOMPILASI PRODUK ADMINISTRASI (FP-KPA)",
)

BELITUNG_SIGN = [
    "Tanjungpandan, 2 Februari 2026",
    "Kepala Dinas Kebudayaan dan Pariwisata",
    "Kabupaten Belitung,",
    "",
    "",
    "Drs. Muhammad Rizal Fahlevi, M.Si.",
    "NIP 19700316 199603 1 003",
]
BELITUNG_TITLES = ("FORMULIR FS3", "PEMBERITAHUAN PENYELENGGARAAN SURVEI STATISTIK SEKTORAL")

AMBON_SIGN = [
    "Ambon, 5 Januari 2026",
    "Kepala Dinas Pendidikan dan Kebudayaan",
    "Kota Ambon,",
    "",
    "Dr. Steven Dominggus Patty, M.Pd.",
    "NIP 19750921 200003 1 005",
]
AMBON_TITLES = (
    "PEMERINTAH KOTA AMBON",
    "FORMULIR PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI",
)

KLATEN_TITLES = (
    "Formulir Pemberitahuan Survei Statistik Sektoral (FS3)",
    "No. Registrasi: FS3-3310-2026-0117 | Status: Diajukan",
)
KLATEN_SIGN = [
    "Pernyataan: data yang diisikan adalah benar dan dapat dipertanggungjawabkan.",
    "Diajukan oleh Bayu Aji Nugroho, S.P. pada 22/01/2026 10.02 WIB",
]
KLATEN_STAMP = (
    "22/01/26, 10.14",
    "SIMSTATDA Kabupaten Klaten - Cetak Formulir FS3",
    "https://simstatda.klatenkab.go.id/rekomendasi/fs3/cetak/0117",
)


def documents() -> list[Any]:
    """The wave-13 held-out documents."""
    from tests.independent.build import HeldOut

    return [
        HeldOut(
            "fs3-bone-spreadsheet-codebox.pdf",
            "fs3",
            lambda p: render_sheet(
                fs3_script(FS3_BONE, "sheet13", num_sheet, titles=BONE_TITLES, signer=BONE_SIGN),
                p,
                header="FS3 - DINAS KELAUTAN DAN PERIKANAN KABUPATEN BONE - TAHUN 2026",
                footer_left="FS3_DKP_Bone_2026.xlsx / Sheet1",
            ),
            expected(FS3_BONE),
            note="spreadsheet printed to PDF: thin grey cell grid, column A row codes "
            "('B1R1', 'B2R1c'), B label, C ':', D-F merged value, G code boxes; options "
            "written '1. A   2. B ...' in the value cell and the chosen code(s) typed in "
            "small boxes at the far right; print header and column titles repeated on every "
            "page, footer 'Halaman x dari y'; variable and schedule tables as grid rows, "
            "dates dd/mm/yyyy",
        ),
        HeldOut(
            "fpkpa-sulteng-phone-photo.pdf",
            "fp-kpa",
            lambda p: photo_to_pdf(
                lambda pdf: render_shaded(
                    fpkpa_script(
                        FPKPA_SULTENG,
                        "foto13",
                        num_plain,
                        titles=SULTENG_TITLES,
                        signer=SULTENG_SIGN,
                    ),
                    pdf,
                ),
                p,
            ),
            expected(FPKPA_SULTENG),
            note="printed form photographed with a phone, one JPEG photo (2000 x 2750 px, "
            "quality 80) per PDF page: page on a dark desk, mild perspective, a darker "
            "corner and a soft shadow band at the right, warm tint, slight blur; the form "
            "itself has grey shaded label cells beside white value cells (no colons), "
            "'[√]'/'[  ]' options wrapped in the value cell, dark block bars, abbreviated "
            "month names ('2 Feb 2026', '31 Agu 2026'); provincial office over four regions",
        ),
        HeldOut(
            "fs3-belitung-word-formfields.docx",
            "fs3",
            lambda p: render_docx_formfields(
                fs3_script(
                    FS3_BELITUNG,
                    "ffield13",
                    num_plain,
                    titles=BELITUNG_TITLES,
                    signer=BELITUNG_SIGN,
                ),
                p,
            ),
            expected(FS3_BELITUNG),
            note="old Word template protected for forms: legacy form fields, every typed "
            "value a FORMTEXT field (w:ffData/w:textInput, the value between the separate "
            "and end fldChars) after ': ' in a borderless two-column table, options as "
            "FORMCHECKBOX fields before their wording (w:checked, and every fifth box a "
            "template default of 1 that the user unticked with w:checked w:val=0), an empty "
            "field left as five en spaces; variable list and schedule as Table Grid tables "
            "of FORMTEXT cells; accidental sample, block VI not filled",
        ),
        HeldOut(
            "fpkpa-ambon-acroform-opaque.pdf",
            "fp-kpa",
            lambda p: render_acroform(
                fpkpa_script(
                    FPKPA_AMBON, "isian13", num_plain, titles=AMBON_TITLES, signer=AMBON_SIGN
                ),
                p,
            ),
            expected(FPKPA_AMBON),
            note="fillable PDF from a form-building tool: labels printed on the page, every "
            "value an AcroForm text field with an opaque name ('Text1' ... 'Text73', filled, "
            "appearance streams showing the value; long values in multi-line fields with "
            "the filler's line breaks), every option a check box 'Check Box1' ... before its "
            "wording (several to a line), the variable and schedule tables as grids of text "
            "fields; empty faks fields left empty; dates dd/mm/yyyy",
        ),
        HeldOut(
            "surat-riau-kemenag-cq-tte.pdf",
            "surat_pengantar",
            render_letter_kemenag,
            LETTER_RIAU_FIELDS,
            note="vertical agency (Kanwil Kementerian Agama Provinsi Riau): emblem beside a "
            "five-line letterhead, Nomor/Sifat/Lampiran at the left with 'Pekanbaru, 10 "
            "Februari 2026' at the right of the Nomor line, 'Kepada Yth.' block with a 'Cq.' "
            "line and 'di - Pekanbaru', 'Perihal' (two lines) under the addressee, "
            "'Assalamu'alaikum Wr. Wb.' greeting and closing, electronic signature: QR "
            "square with 'Ditandatangani secara elektronik oleh:' beside it, name and "
            "'NIP.' below, tembusan, BSrE notice at the foot",
        ),
        HeldOut(
            "fs3-klaten-webform-print.pdf",
            "fs3",
            lambda p: render_web(
                _blank_block_vi(
                    fs3_script(
                        FS3_KLATEN, "web13", num_none, titles=KLATEN_TITLES, signer=KLATEN_SIGN
                    ),
                    FS3_WORDS["web13"],
                ),
                p,
                stamp=KLATEN_STAMP,
            ),
            expected(FS3_KLATEN),
            note="web application's form printed from the browser: no item numbers, a small "
            "grey caption over each rounded input box ('Nama Instansi *'), two short inputs "
            "side by side, single choices as drawn radio buttons (filled dot), multiple "
            "choices as drawn check boxes (filled, white tick), tables as HTML tables, "
            "blocks as shaded bars 'Bagian I  Instansi Penyelenggara'; browser date/title "
            "header and URL/'n/N' footer; a census with block VI shown as empty inputs, no "
            "fax, abbreviated months ('03 Agt 2026'), submission note instead of a signature",
        ),
    ]


# --- 2. shaded label column, photographed -------------------------------------------------


def render_shaded(script: list[Item], path: Path, *, on: str = "[√]", off: str = "[  ]") -> None:
    """Two ruled columns: the number and label in a grey shaded cell at the left, the value
    in a white cell at the right (no colon); options "[√] A   [  ] B" wrapped in the value
    cell; block headings as dark bars; the variable and schedule tables ruled below their
    label row."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font, bold = R._fonts()
    size, lead = 9.0, 11.5
    width, height = A4
    x0, xl, xv, x1 = 44.0, 80.0, 240.0, 551.0
    cv = Canvas(str(path), pagesize=A4)
    state = {"y": height - 50.0, "page": 1}

    def need(h: float) -> None:
        if state["y"] - h < 56:
            cv.setFont(font, 8)
            cv.drawCentredString(width / 2, 30, f"- {state['page']} -")
            cv.showPage()
            state["page"] += 1
            state["y"] = height - 50.0

    def row(number: str, label: str, value_lines: list[str]) -> None:
        label_lines = _split(label, bold, size, xv - xl - 8)
        h = max(len(label_lines), len(value_lines)) * lead + 6
        need(h)
        y = state["y"]
        cv.setLineWidth(0.6)
        cv.setFillGray(0.86)
        cv.rect(x0, y - h, xv - x0, h, stroke=1, fill=1)
        cv.setFillGray(0)
        cv.rect(xv, y - h, x1 - xv, h, stroke=1, fill=0)
        cv.setFont(bold, size)
        cv.drawString(x0 + 4, y - 12, number)
        for k, line in enumerate(label_lines):
            cv.drawString(xl, y - 12 - k * lead, line)
        cv.setFont(font, size)
        for k, line in enumerate(value_lines):
            cv.drawString(xv + 6, y - 12 - k * lead, line)
        state["y"] = y - h

    def grid(edges: list[float], cells: list[str], *, head: bool) -> None:
        h = lead + 6
        need(h)
        y = state["y"]
        if head:
            cv.setFillGray(0.86)
            cv.rect(edges[0], y - h, edges[-1] - edges[0], h, stroke=0, fill=1)
            cv.setFillGray(0)
        cv.setFont(bold if head else font, size - 0.5)
        for a, b, text in zip(edges[:-1], edges[1:], cells, strict=True):
            cv.rect(a, y - h, b - a, h, stroke=1, fill=0)
            cv.drawString(a + 4, y - 12, text)
        state["y"] = y - h

    for item in script:
        kind = item[0]
        if kind == "title":
            need(18)
            cv.setFont(bold, 12)
            cv.drawCentredString(width / 2, state["y"] - 12, item[1])
            state["y"] -= 18
        elif kind == "block":
            state["y"] -= 8
            need(20)
            cv.setFillGray(0.25)
            cv.rect(x0, state["y"] - 16, x1 - x0, 16, stroke=0, fill=1)
            cv.setFillGray(1)
            cv.setFont(bold, size + 0.5)
            cv.drawString(x0 + 6, state["y"] - 12, item[1])
            cv.setFillGray(0)
            state["y"] -= 16
        elif kind == "head":
            row(item[1], item[2], [""])
        elif kind == "text":
            row(item[1], item[2], _split(item[3], font, size, x1 - xv - 12))
        elif kind == "opts":
            tokens = [f"{on if chosen else off} {w}" for w, chosen in item[3]]
            row(item[1], item[2], _pack(tokens, font, size, x1 - xv - 12))
        elif kind in ("table", "jadwal"):
            row(item[1], item[2], [""])
            if kind == "table":
                edges = [x0, x0 + 24, 272.0, 360.0, x1][: len(item[3]) + 1]
                grid(edges, list(item[3]), head=True)
                for k, r in enumerate(item[4], 1):
                    grid(edges, [str(k), *r], head=False)
            else:
                edges = [x0, 240.0, 395.0, x1]
                grid(edges, list(item[3]), head=True)
                for r in item[4]:
                    grid(edges, list(r), head=False)
        elif kind == "note":
            need(lead)
            cv.setFont(font, size)
            cv.drawString(x0, state["y"] - 12, item[1])
            state["y"] -= lead + 4
        elif kind == "sign":
            state["y"] -= 14
            need(6 * lead)
            for line in item[1]:
                cv.setFont(font, size + 0.5)
                cv.drawString(350, state["y"] - 12, line)
                state["y"] -= lead + 2 if line else 34
    cv.setFont(font, 8)
    cv.drawCentredString(width / 2, 30, f"- {state['page']} -")
    cv.save()


def _perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> Any:
    """PIL PERSPECTIVE coefficients mapping output points ``dst`` to input points ``src``."""
    import numpy as np

    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    return np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float)).tolist()


def photo_to_pdf(make_pdf: Callable[[Path], None], path: Path, *, seed: int = 13) -> None:
    """``make_pdf(pdf)`` printed and photographed with a phone, page by page: rendered at
    200 dpi, laid on a darker desk, warped by a mild perspective (the phone held a little
    off square), lit unevenly (a corner darker, a soft shadow across one side, a warm
    tint), slightly blurred and noisy, each photo 2000 px wide, stored as a JPEG (quality
    80) page of a PDF."""
    import tempfile

    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    shots = []
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "form.pdf"
        make_pdf(pdf)
        doc = pdfium.PdfDocument(str(pdf))
        for k in range(len(doc)):
            page = doc[k].render(scale=200 / 72).to_pil().convert("RGB")
            pw, ph = page.size
            out_w, out_h = 2000, 2750
            jitter = rng.uniform(-12, 12, 8)
            corners = [
                (150 + jitter[0], 140 + jitter[1]),
                (1845 + jitter[2], 178 + jitter[3]),
                (1880 + jitter[4], 2590 + jitter[5]),
                (112 + jitter[6], 2560 + jitter[7]),
            ]
            coeffs = _perspective_coeffs(corners, [(0, 0), (pw, 0), (pw, ph), (0, ph)])
            warped = page.transform((out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
            mask = Image.new("L", page.size, 255).transform(
                (out_w, out_h), Image.PERSPECTIVE, coeffs, Image.BILINEAR
            )
            yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
            desk = np.stack(
                [
                    96 + 20 * xx / out_w,
                    82 + 14 * xx / out_w,
                    66 + 10 * yy / out_h,
                ],
                axis=-1,
            )
            img = np.asarray(warped, dtype=np.float32)
            m = (np.asarray(mask, dtype=np.float32) / 255.0)[..., None]
            img = img * m + desk * (1 - m)
            light = 1.0 - 0.22 * (xx / out_w) * (yy / out_h) - 0.08 * (1 - yy / out_h)
            shadow = 1.0 - 0.18 * np.exp(-(((xx - 0.93 * out_w) / (0.12 * out_w)) ** 2))
            img *= (light * shadow)[..., None]
            img *= np.array([1.0, 0.97, 0.9], dtype=np.float32)
            img += rng.normal(0.0, 4.0, img.shape)
            shot = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), mode="RGB")
            shots.append(shot.filter(ImageFilter.GaussianBlur(1.1)))
        doc.close()
    shots[0].save(
        str(path), "PDF", save_all=True, append_images=shots[1:], resolution=240.0, quality=80
    )


# --- 3. Word with legacy form fields ------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class _Fields:
    """Legacy Word form fields (FORMTEXT, FORMCHECKBOX) numbered as Word numbers them."""

    def __init__(self) -> None:
        self.text = 0
        self.check = 0

    def _runs(self, paragraph: Any, xml: list[str]) -> None:
        from docx.oxml import parse_xml

        for run in xml:
            paragraph._p.append(parse_xml(run))

    def formtext(self, paragraph: Any, value: str) -> None:
        from xml.sax.saxutils import escape

        self.text += 1
        rpr = "<w:rPr><w:noProof/></w:rPr>"
        self._runs(
            paragraph,
            [
                f'<w:r {_W}><w:fldChar w:fldCharType="begin"><w:ffData>'
                f'<w:name w:val="Text{self.text}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                "<w:textInput/></w:ffData></w:fldChar></w:r>",
                f'<w:r {_W}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
                f'<w:r {_W}><w:fldChar w:fldCharType="separate"/></w:r>',
                f'<w:r {_W}>{rpr}<w:t xml:space="preserve">{escape(value)}</w:t></w:r>',
                f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>',
            ],
        )

    def checkbox(self, paragraph: Any, chosen: bool) -> None:
        self.check += 1
        # Templates differ: most keep default 0 and store the state in w:checked; some
        # boxes were ticked in the template (default 1) and unticked by the user.
        if self.check % 5 == 0:
            state = '<w:default w:val="1"/>' + ("" if chosen else '<w:checked w:val="0"/>')
        else:
            state = '<w:default w:val="0"/>' + ("<w:checked/>" if chosen else "")
        self._runs(
            paragraph,
            [
                f'<w:r {_W}><w:fldChar w:fldCharType="begin"><w:ffData>'
                f'<w:name w:val="Check{self.check}"/><w:enabled/><w:calcOnExit w:val="0"/>'
                f"<w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData></w:fldChar></w:r>",
                f'<w:r {_W}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
                f'<w:r {_W}><w:fldChar w:fldCharType="end"/></w:r>',
            ],
        )


def render_docx_formfields(script: list[Item], path: Path) -> None:
    """An old Word template protected for filling in forms: a borderless two-column table
    (number and label | ": " and a FORMTEXT field), options as FORMCHECKBOX fields each
    followed by its wording (up to three on a line, longer lists one a line), the variable
    list and the schedule as bordered tables of FORMTEXT cells."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(0)
    # The document is protected for form filling, as such templates are sent.
    settings = doc.settings.element
    settings.append(parse_xml(f'<w:documentProtection {_W} w:edit="forms" w:enforcement="1"/>'))
    ff = _Fields()
    table: Any = None

    def label_row(number: str, label: str, *, bold: bool = False) -> Any:
        nonlocal table
        if table is None:
            table = doc.add_table(rows=0, cols=2)
            table.autofit = False
        cells = table.add_row().cells
        cells[0].width, cells[1].width = Cm(6.6), Cm(10.0)
        run = cells[0].paragraphs[0].add_run(f"{number}  {label}" if number else label)
        run.bold = bold
        return cells[1]

    def end_table() -> None:
        nonlocal table
        table = None

    for item in script:
        kind = item[0]
        if kind == "title":
            end_table()
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(item[1])
            r.bold = True
            r.font.size = Pt(12)
        elif kind == "block":
            end_table()
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(8)
            p.add_run(item[1]).bold = True
        elif kind == "head":
            label_row(item[1], item[2], bold=True)
        elif kind == "text":
            cell = label_row(item[1], item[2])
            p = cell.paragraphs[0]
            p.add_run(": ")
            # An empty field shows Word's default five en spaces.
            ff.formtext(p, "\u2002" * 5 if item[3] == "-" else item[3])
        elif kind == "opts":
            cell = label_row(item[1], item[2])
            opts = item[3]
            per_line = 3 if len(opts) <= 3 else 1
            p = cell.paragraphs[0]
            p.add_run(": ")
            for k, (wording, chosen) in enumerate(opts):
                if k and k % per_line == 0:
                    p = cell.add_paragraph()
                    p.paragraph_format.left_indent = Cm(0.3)
                ff.checkbox(p, chosen)
                p.add_run(f" {wording}" + ("     " if per_line > 1 else ""))
        elif kind in ("table", "jadwal"):
            label_row(item[1], item[2])
            end_table()
            header, rows = item[3], item[4]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for c, title in zip(t.rows[0].cells, header, strict=True):
                c.paragraphs[0].add_run(title).bold = True
            for k, row in enumerate(rows, 1):
                cells = t.add_row().cells
                values = [str(k), *row] if kind == "table" else list(row)
                for c, value in zip(cells, values, strict=True):
                    if c is cells[0]:
                        c.paragraphs[0].add_run(value)
                    else:
                        ff.formtext(c.paragraphs[0], value)
            doc.add_paragraph()
        elif kind == "note":
            end_table()
            doc.add_paragraph(item[1]).runs[0].italic = True
        elif kind == "sign":
            end_table()
            doc.add_paragraph()
            for line in item[1]:
                p = doc.add_paragraph(line)
                p.paragraph_format.left_indent = Cm(9.5)
    doc.save(str(path))


# --- 4. fillable PDF from a third-party tool ----------------------------------------------


def render_acroform(script: list[Item], path: Path) -> None:
    """A fillable PDF as a form-building tool makes it: labels printed on the page, each
    value an AcroForm text field named "Text<n>" (long values in multi-line fields, line
    breaks typed by the filler), every option a check box "Check Box<n>" before its
    wording, the tables as grids of text fields; appearance streams show the values."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font, bold = R._fonts()
    size, lead = 9.0, 12.0
    width, height = A4
    xn, xl, xf, xr = 42.0, 76.0, 246.0, 553.0
    cv = Canvas(str(path), pagesize=A4)
    cv.setTitle("FP-KPA_isian.pdf")
    form = cv.acroForm
    n = {"text": 0, "check": 0, "page": 1}
    state = {"y": height - 48.0}
    white, border = colors.white, colors.Color(0.35, 0.35, 0.35)

    def need(h: float) -> None:
        if state["y"] - h < 50:
            cv.setFont(font, 7.5)
            cv.drawRightString(xr, 26, f"FP-KPA | {n['page']}")
            cv.showPage()
            n["page"] += 1
            state["y"] = height - 48.0

    def field(value: str, x: float, y: float, w: float, h: float, lines: int = 1) -> None:
        n["text"] += 1
        form.textfield(
            name=f"Text{n['text']}",
            value=value,
            x=x,
            y=y,
            width=w,
            height=h,
            fontName="Helvetica",
            fontSize=size,
            borderWidth=0.6,
            borderColor=border,
            fillColor=white,
            textColor=colors.black,
            fieldFlags="multiline" if lines > 1 else "",
            maxlen=1000,
            annotationFlags="print",
        )

    def label(number: str, text: str, *, is_bold: bool = False) -> list[str]:
        lines = _split(text, bold if is_bold else font, size, xf - xl - 6)
        cv.setFont(bold if is_bold else font, size)
        cv.drawString(xn, state["y"] - 10, number)
        for k, line in enumerate(lines):
            cv.drawString(xl, state["y"] - 10 - k * lead, line)
        return lines

    for item in script:
        kind = item[0]
        if kind == "title":
            need(18)
            cv.setFont(bold, 11.5)
            cv.drawCentredString(width / 2, state["y"] - 12, item[1])
            state["y"] -= 17
        elif kind == "block":
            state["y"] -= 6
            need(34)
            cv.setFont(bold, size + 0.5)
            cv.drawString(xn, state["y"] - 11, item[1])
            cv.setLineWidth(0.8)
            cv.line(xn, state["y"] - 15, xr, state["y"] - 15)
            state["y"] -= 20
        elif kind == "head":
            need(lead + 2)
            label(item[1], item[2], is_bold=True)
            state["y"] -= lead + 2
        elif kind == "text":
            value = "" if item[3] == "-" else item[3]
            wrapped = _split(value, "Helvetica", size, xr - xf - 8)
            lines = max(len(wrapped), 1)
            h = 15.0 if lines == 1 else lines * 11.0 + 6
            need(h + 4)
            label_lines = label(item[1], item[2])
            field(
                "\n".join(wrapped) if lines > 1 else value,
                xf,
                state["y"] - h + 2,
                xr - xf,
                h,
                lines,
            )
            state["y"] -= max(h, len(label_lines) * lead) + 4
        elif kind == "opts":
            opts = item[3]
            x, rows = xf, 1
            placed = []
            for wording, chosen in opts:
                w = 14 + cv.stringWidth(wording, font, size) + 14
                if x + w > xr and x > xf:
                    x, rows = xf, rows + 1
                placed.append((x, rows, wording, chosen))
                x += w
            need(rows * 14 + 4)
            label(item[1], item[2])
            cv.setFont(font, size)
            for x, row, wording, chosen in placed:
                y = state["y"] - 11 - (row - 1) * 14
                n["check"] += 1
                form.checkbox(
                    name=f"Check Box{n['check']}",
                    checked=chosen,
                    x=x,
                    y=y - 1,
                    size=9,
                    buttonStyle="check",
                    borderWidth=0.6,
                    borderColor=border,
                    fillColor=white,
                    textColor=colors.black,
                    fieldFlags="",
                    annotationFlags="print",
                )
                cv.drawString(x + 13, y, wording)
            state["y"] -= rows * 14 + 4
        elif kind in ("table", "jadwal"):
            need(lead + 2)
            label(item[1], item[2])
            state["y"] -= lead + 4
            header, rows = item[3], item[4]
            if kind == "table":
                edges = [xn, xn + 22, 250.0, 346.0, xr][: len(header) + 1]
            else:
                edges = [xn, 250.0, 400.0, xr]
            need(16)
            cv.setFont(bold, size - 0.5)
            cv.setFillGray(0.9)
            cv.rect(edges[0], state["y"] - 14, edges[-1] - edges[0], 14, stroke=1, fill=1)
            cv.setFillGray(0)
            for x, title in zip(edges, header, strict=False):
                cv.drawString(x + 3, state["y"] - 10, title)
            state["y"] -= 14
            for k, row in enumerate(rows, 1):
                need(16)
                values = [str(k), *row] if kind == "table" else list(row)
                cv.setFont(font, size - 0.5)
                cv.drawString(edges[0] + 3, state["y"] - 11, values[0])
                cv.rect(edges[0], state["y"] - 15, edges[1] - edges[0], 15, stroke=1, fill=0)
                for a, b, value in zip(edges[1:-1], edges[2:], values[1:], strict=True):
                    field(value, a, state["y"] - 15, b - a, 15)
                state["y"] -= 15
            state["y"] -= 6
        elif kind == "note":
            need(lead)
            cv.setFont(font, size)
            cv.drawString(xl, state["y"] - 10, item[1])
            state["y"] -= lead
        elif kind == "sign":
            state["y"] -= 10
            need(7 * lead)
            cv.setFont(font, size + 0.5)
            for line in item[1]:
                cv.drawString(360, state["y"] - 10, line)
                state["y"] -= lead + 1 if line else 36
    cv.setFont(font, 7.5)
    cv.drawRightString(xr, 26, f"FP-KPA | {n['page']}")
    cv.showPage()
    cv.save()


# --- 5. cover letter: Kanwil Kemenag, "Cq.", Perihal under the addressee, e-signature -----

LETTER_RIAU_KOP = (
    "KEMENTERIAN AGAMA REPUBLIK INDONESIA",
    "KANTOR WILAYAH KEMENTERIAN AGAMA PROVINSI RIAU",
    "Jalan Jenderal Sudirman Nomor 355 Pekanbaru 28126",
    "Telepon (0761) 21366; Faksimile (0761) 34655",
    "Website: riau.kemenag.go.id; Email: kanwilriau@kemenag.go.id",
)
LETTER_RIAU_BODY = (
    "Assalamu'alaikum Wr. Wb.",
    "",
    "Dalam rangka penyediaan data pendidikan keagamaan yang mutakhir sebagai bahan "
    "perencanaan bantuan operasional dan peningkatan mutu madrasah serta pondok pesantren, "
    "Kantor Wilayah Kementerian Agama Provinsi Riau akan melaksanakan Kompilasi Data Madrasah "
    "dan Pondok Pesantren Provinsi Riau Tahun 2026 yang bersumber dari aplikasi EMIS di 12 "
    "kabupaten/kota.",
    "Sehubungan dengan hal tersebut, sesuai Peraturan Presiden Nomor 39 Tahun 2019 tentang "
    "Satu Data Indonesia, bersama ini kami sampaikan Formulir Pemberitahuan Kompilasi Produk "
    "Administrasi (FP-KPA) untuk mendapatkan rekomendasi kegiatan statistik.",
    "Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
    "",
    "Wassalamu'alaikum Wr. Wb.",
)
LETTER_RIAU_FIELDS = {
    "nomor_surat": "B-0482/Kw.04.1/HM.01/02/2026",
    "tanggal_surat": "2026-02-10",
    "perihal": "Permohonan Rekomendasi Kegiatan Statistik Kompilasi Data Madrasah dan Pondok "
    "Pesantren Provinsi Riau Tahun 2026",
    "instansi": "Kantor Wilayah Kementerian Agama Provinsi Riau",
    "kepada": "Kepala Badan Pusat Statistik Provinsi Riau",
    "penandatangan.nama": "Dr. H. Muhammad Syahid, M.Ag.",
    "penandatangan.jabatan": "Kepala Kantor Wilayah Kementerian Agama Provinsi Riau",
    "penandatangan.nip": "197208141998031003",
}


def render_letter_kemenag(path: Path) -> None:
    """A Kanwil Kemenag letter: emblem and five-line letterhead; Nomor, Sifat and Lampiran
    at the left with the place and date on the Nomor line at the right; "Kepada Yth." block
    with a "Cq." line and "di -" / "Pekanbaru"; "Perihal" under the addressee; the greeting
    "Assalamu'alaikum Wr. Wb."; an electronic signature (a QR square, "Ditandatangani secara
    elektronik oleh:", title, name and NIP) and the BSrE notice at the foot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font, bold = R._fonts()
    width, height = A4
    cv = Canvas(str(path), pagesize=A4)
    # emblem: a drawn roundel at the left of the letterhead
    cv.setLineWidth(1.2)
    cv.circle(88, height - 84, 28, stroke=1, fill=0)
    cv.circle(88, height - 84, 20, stroke=1, fill=0)
    cv.setFont(bold, 7)
    cv.drawCentredString(88, height - 86, "KEMENAG")
    y = height - 56
    for k, line in enumerate(LETTER_RIAU_KOP):
        cv.setFont(bold if k < 2 else font, (13 if k == 1 else 12) if k < 2 else 9)
        cv.drawCentredString(width / 2 + 40, y, line)
        y -= 17 if k < 2 else 12
    cv.setLineWidth(2.2)
    cv.line(56, y + 2, width - 56, y + 2)
    y -= 24
    size, lead = 11.0, 15.0
    cv.setFont(font, size)
    for label, value in (
        ("Nomor", "B-0482/Kw.04.1/HM.01/02/2026"),
        ("Sifat", "Biasa"),
        ("Lampiran", "1 (satu) berkas"),
    ):
        cv.drawString(70, y, label)
        cv.drawString(128, y, ":")
        cv.drawString(138, y, value)
        if label == "Nomor":
            cv.drawRightString(width - 70, y, "Pekanbaru, 10 Februari 2026")
        y -= lead
    y -= lead
    for line in (
        "Kepada Yth.",
        "Kepala Badan Pusat Statistik Provinsi Riau",
        "Cq. Ketua Tim Kerja Pembinaan Statistik Sektoral",
        "di -",
        "      Pekanbaru",
    ):
        cv.drawString(70, y, line)
        y -= lead
    y -= lead * 0.6
    cv.drawString(70, y, "Perihal")
    cv.drawString(128, y, ":")
    perihal = _split(LETTER_RIAU_FIELDS["perihal"], font, size, width - 70 - 138)
    for line in perihal:
        cv.drawString(138, y, line)
        y -= lead
    y -= lead
    for para in LETTER_RIAU_BODY:
        if not para:
            y -= lead * 0.5
            continue
        if para.startswith(("Assalamu", "Wassalamu")):
            cv.drawString(70, y, para)
            y -= lead
            continue
        for k, line in enumerate(_split(para, font, size, width - 140 - 36)):
            cv.drawString(106 if k == 0 else 70, y, line)
            y -= lead
        y -= 4
    y -= lead
    x = 300.0
    cv.drawString(x, y, "Kepala Kantor Wilayah Kementerian Agama")
    y -= lead
    cv.drawString(x, y, "Provinsi Riau,")
    y -= lead * 0.8
    # electronic signature block: QR square and the notice beside it
    rng = random.Random(13)
    qr, cell = 56.0, 56.0 / 21
    cv.setLineWidth(0.6)
    cv.rect(x, y - qr, qr, qr, stroke=1, fill=0)
    for i in range(21):
        for j in range(21):
            corner = (i < 7 and j < 7) or (i < 7 and j > 13) or (i > 13 and j < 7)
            if corner or rng.random() < 0.45:
                cv.rect(x + i * cell, y - (j + 1) * cell, cell, cell, stroke=0, fill=1)
    cv.setFont(font, 8)
    cv.drawString(x + qr + 8, y - 18, "Ditandatangani secara elektronik oleh:")
    cv.drawString(x + qr + 8, y - 29, "Kepala Kantor Wilayah")
    cv.drawString(x + qr + 8, y - 40, "Kementerian Agama Provinsi Riau")
    y -= qr + lead
    cv.setFont(font, size)
    cv.drawString(x, y, "Dr. H. Muhammad Syahid, M.Ag.")
    y -= lead
    cv.drawString(x, y, "NIP. 197208141998031003")
    y -= lead * 1.6
    cv.setFont(font, 10)
    cv.drawString(70, y, "Tembusan:")
    cv.drawString(70, y - 13, "Kepala Bidang Pendidikan Madrasah Kanwil Kemenag Provinsi Riau.")
    cv.setFont(font, 7)
    cv.setFillGray(0.35)
    cv.drawCentredString(
        width / 2,
        40,
        "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik "
        "yang diterbitkan oleh",
    )
    cv.drawCentredString(
        width / 2, 31, "Balai Besar Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara"
    )
    cv.showPage()
    cv.save()


# --- 6. printout of a web application's form -----------------------------------------------

_MULTI = ("Metode Pengumpulan Data", "Tingkat Estimasi", "Produk")


def _web_pages(script: list[Item], path: Path, total: int, stamp: tuple[str, str, str]) -> int:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font, bold = R._fonts()
    width, height = A4
    xl, xr = 48.0, 547.0
    gap = 14.0
    cap, size = 7.5, 9.5
    ink = colors.Color(0.12, 0.2, 0.42)
    cv = Canvas(str(path), pagesize=A4)
    state = {"y": height - 58.0, "page": 1}

    def chrome() -> None:
        cv.setFont(font, 7)
        cv.setFillGray(0.2)
        cv.drawString(24, height - 18, stamp[0])
        cv.drawCentredString(width / 2, height - 18, stamp[1])
        cv.drawString(24, 16, stamp[2])
        cv.drawRightString(width - 24, 16, f"{state['page']}/{total}")
        cv.setFillGray(0)

    def need(h: float) -> None:
        if state["y"] - h < 44:
            chrome()
            cv.showPage()
            state["page"] += 1
            state["y"] = height - 40.0

    def caption(x: float, text: str) -> None:
        cv.setFont(font, cap)
        cv.setFillGray(0.38)
        cv.drawString(x, state["y"] - 8, text)
        cv.setFillGray(0)

    def box(x: float, w: float, lines: list[str]) -> float:
        h = max(len(lines), 1) * 12.0 + 8
        cv.setStrokeGray(0.7)
        cv.setLineWidth(0.7)
        cv.roundRect(x, state["y"] - 11 - h, w, h, 3, stroke=1, fill=0)
        cv.setFont(font, size)
        for k, line in enumerate(lines):
            cv.drawString(x + 6, state["y"] - 11 - 13 - k * 12, line)
        return h

    def fields(pair: list[tuple[str, str]]) -> None:
        w = (xr - xl - gap * (len(pair) - 1)) / len(pair)
        wrapped = [_split(v, font, size, w - 12) if v else [] for _, v in pair]
        h = max(max(len(x), 1) for x in wrapped) * 12.0 + 8 + 11
        need(h + 8)
        for k, ((label, _), lines) in enumerate(zip(pair, wrapped, strict=True)):
            x = xl + k * (w + gap)
            caption(x, label)
            box(x, w, lines)
        state["y"] -= h + 8

    def options(label: str, opts: list[tuple[str, bool]]) -> None:
        multi = label.startswith(_MULTI)
        placed, x, rows = [], xl, 1
        for wording, chosen in opts:
            w = 16 + cv.stringWidth(wording, font, size) + 18
            if x + w > xr and x > xl:
                x, rows = xl, rows + 1
            placed.append((x, rows, wording, chosen))
            x += w
        need(11 + rows * 15 + 8)
        caption(xl, label)
        for x, row, wording, chosen in placed:
            cy = state["y"] - 11 - 9 - (row - 1) * 15
            if multi:
                cv.setStrokeGray(0.45)
                cv.setLineWidth(0.8)
                if chosen:
                    cv.setFillColor(ink)
                    cv.roundRect(x, cy - 4.5, 9, 9, 1.5, stroke=0, fill=1)
                    cv.setStrokeColor(colors.white)
                    cv.setLineWidth(1.3)
                    p = cv.beginPath()
                    p.moveTo(x + 2, cy)
                    p.lineTo(x + 3.8, cy - 2.2)
                    p.lineTo(x + 7.2, cy + 2.4)
                    cv.drawPath(p, stroke=1, fill=0)
                    cv.setFillGray(0)
                else:
                    cv.roundRect(x, cy - 4.5, 9, 9, 1.5, stroke=1, fill=0)
            else:
                cv.setStrokeGray(0.45)
                cv.setLineWidth(0.8)
                cv.circle(x + 4.5, cy, 4.5, stroke=1, fill=0)
                if chosen:
                    cv.setFillColor(ink)
                    cv.circle(x + 4.5, cy, 2.4, stroke=0, fill=1)
                    cv.setFillGray(0)
            cv.setFont(font, size)
            cv.drawString(x + 14, cy - 3.3, wording)
        state["y"] -= 11 + rows * 15 + 8

    def table(
        label: str, header: tuple[str, ...], rows: list[list[str]], edges: list[float]
    ) -> None:
        need(11 + 18 * 3)
        caption(xl, label)
        state["y"] -= 13
        cv.setFillColor(colors.Color(0.92, 0.94, 0.97))
        cv.rect(xl, state["y"] - 16, xr - xl, 16, stroke=0, fill=1)
        cv.setFillGray(0)
        cv.setFont(bold, 8.5)
        for x, title in zip(edges, header, strict=True):
            cv.drawString(x + 4, state["y"] - 11.5, title)
        state["y"] -= 16
        cv.setFont(font, 9)
        for row in rows:
            need(17)
            for x, value in zip(edges, row, strict=True):
                cv.drawString(x + 4, state["y"] - 12, value)
            cv.setStrokeGray(0.8)
            cv.setLineWidth(0.5)
            cv.line(xl, state["y"] - 17, xr, state["y"] - 17)
            state["y"] -= 17
        state["y"] -= 10

    pending: list[tuple[str, str]] = []

    def flush() -> None:
        while pending:
            if len(pending) >= 2:
                fields(pending[:2])
                del pending[:2]
            else:
                fields(pending[:1])
                del pending[:1]

    for item in script:
        kind = item[0]
        if kind != "text":
            flush()
        if kind == "title":
            need(20)
            cv.setFont(bold, 13 if state["y"] > height - 60 else 10)
            cv.setFillColor(ink)
            cv.drawString(xl, state["y"] - 12, item[1])
            cv.setFillGray(0)
            state["y"] -= 19
        elif kind == "block":
            state["y"] -= 6
            need(60)
            cv.setFillColor(colors.Color(0.88, 0.91, 0.96))
            cv.roundRect(xl - 8, state["y"] - 20, xr - xl + 16, 20, 3, stroke=0, fill=1)
            cv.setFillColor(ink)
            cv.setFont(bold, 10)
            cv.drawString(xl, state["y"] - 14, item[1])
            cv.setFillGray(0)
            state["y"] -= 30
        elif kind == "head":
            need(40)
            cv.setFont(bold, 9.5)
            cv.drawString(xl, state["y"] - 10, item[2])
            cv.setStrokeGray(0.85)
            cv.line(xl, state["y"] - 14, xr, state["y"] - 14)
            state["y"] -= 20
        elif kind == "text":
            value = "" if item[3] == "-" else item[3]
            short = len(value) <= 40 and len(item[2]) <= 34
            if short:
                pending.append((item[2], value))
                if len(pending) == 2:
                    flush()
            else:
                flush()
                fields([(item[2], value)])
        elif kind == "opts":
            options(item[2], item[3])
        elif kind == "table":
            edges = [xl, xl + 30, 330.0]
            table(item[2], item[3], [[str(k), *r] for k, r in enumerate(item[4], 1)], edges)
        elif kind == "jadwal":
            table(item[2], item[3], [list(r) for r in item[4]], [xl, 250.0, 400.0])
        elif kind == "sign":
            need(60)
            cv.setFont(font, 8.5)
            cv.setFillGray(0.3)
            for line in item[1]:
                cv.drawString(xl, state["y"] - 10, line)
                state["y"] -= 12
            cv.setFillGray(0)
    flush()
    chrome()
    cv.showPage()
    cv.save()
    return state["page"]


def render_web(script: list[Item], path: Path, *, stamp: tuple[str, str, str]) -> None:
    """A web application's form printed from the browser: no item numbers; a caption in
    small grey type over each input box (two short inputs side by side), "*" on required
    inputs; single choices as drawn radio buttons, multiple choices as drawn check boxes
    (filled with a white tick); tables as HTML tables with a shaded header; blocks as
    rounded shaded bars; the browser's date/time and page title at the top and the
    address and "n/N" at the foot of every page."""
    total = _web_pages(script, path, 1, stamp)
    _web_pages(script, path, total, stamp)


def _blank_block_vi(script: list[Item], words: dict[str, str]) -> list[Item]:
    """Block VI shown with its empty inputs instead of the note (a census)."""
    out: list[Item] = []
    for item in script:
        if item[0] == "note":
            out += [
                ("opts", "", words["rancangan"], [("Satu tahap", False), ("Multi tahap", False)]),
                ("text", "", words["kerangka"], "-"),
                ("text", "", words["fraksi"], "-"),
                ("text", "", words["unit"], "-"),
                ("text", "", words["jml"], "-"),
                ("text", "", words["se"], "-"),
                ("text", "", words["resp"], "-"),
            ]
        else:
            out.append(item)
    return out
