"""Sixteenth wave of the held-out set: five more layouts, made without reading the extractor.

- an FS3 in a narrow label column and a wide value column split by a vertical rule, items
  grouped under grey section bars titled in sentence case, options as "◯ A   ⬤ B";
- an FP-KPA in Word from a ministry's directorate: a cover table (Nomor formulir,
  Tanggal), the form as numbered paragraphs "1. Label: value" with sub-items "a)", chosen
  options in bold and the others struck through;
- an FS3 printed and filled on a typewriter, ticks drawn as pen strokes in the boxes, a
  fold crease across the middle of each page, scanned at 300 dpi to a TIFF;
- a cover letter from a regional-owned water company (PERUMDA Air Minum): logo at the
  right, Nomor block at the left, date above "Kepada Yth." at the right, signed by the
  "Direktur Utama," with an employee number (NPP) instead of a NIP;
- an FP-KPA as a questionnaire: every question in its own box, the answer below a dashed
  line, block titles in dark bands.
"""

from __future__ import annotations

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

#: A regency's visitor survey, twice a year, systematic one-stage sample (block VI filled).
FS3_MAGELANG: Shown = {
    "judul": _same("Survei Profil dan Pengeluaran Wisatawan Kawasan Borobudur Kabupaten Magelang"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Pariwisata, Kepemudaan dan Olahraga Kabupaten Magelang"),
    "penyelenggara.alamat": _same("Jl. Soekarno-Hatta No. 59, Sawitan, Kota Mungkid"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Magelang", "3308"),
    "penyelenggara.provinsi": ("Jawa Tengah", "33"),
    "penyelenggara.telepon": ("(0293) 788243", "+62293788243"),
    "penyelenggara.faks": ("(0293) 788244", "+62293788244"),
    "penyelenggara.email": _same("disparpora@magelangkab.go.id"),
    "penanggung_jawab.nama": _same("Drs. Edi Wasono Nugroho, M.M."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Pariwisata, Kepemudaan dan Olahraga"),
    "penanggung_jawab.telepon": ("0812-2745-9031", "+6281227459031"),
    "penanggung_jawab.email": _same("edi.wasono@magelangkab.go.id"),
    "manajer.nama": _same("Retno Widyaningsih, S.Par., M.Sc."),
    "manajer.jabatan": _same(
        "Kepala Bidang Pemasaran Pariwisata dan Pengembangan Ekonomi Kreatif pada Dinas "
        "Pariwisata, Kepemudaan dan Olahraga"
    ),
    "manajer.alamat": _same("Jl. Soekarno-Hatta No. 59, Kota Mungkid"),
    "manajer.telepon": ("0856-4177-2380", "+6285641772380"),
    "manajer.email": _same("pemasaran.disparpora@magelangkab.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "semesteran"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengetahui karakteristik, lama tinggal dan rata-rata pengeluaran wisatawan di "
        "destinasi sekitar Candi Borobudur sebagai dasar penghitungan dampak ekonomi "
        "pariwisata dan penyusunan strategi promosi daerah."
    ),
    "variabel": (
        None,
        [
            {"nama": "Asal daerah wisatawan", "referensi_waktu": "Saat kunjungan"},
            {"nama": "Lama tinggal di Kabupaten Magelang", "referensi_waktu": "Kunjungan ini"},
            {"nama": "Pengeluaran akomodasi dan makan minum", "referensi_waktu": "Kunjungan ini"},
            {"nama": "Moda transportasi yang digunakan", "referensi_waktu": "Kunjungan ini"},
            {"nama": "Tingkat kepuasan terhadap destinasi", "referensi_waktu": "Saat kunjungan"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Magelang", ["3308"]),
    "metode_pengumpulan": (None, ["swacacah", "wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "sistematik"),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("4 orang", 4),
    "jumlah_enumerator": ("24 orang", 24),
    "rancangan_sampel": (None, "satu_tahap"),
    "kerangka_sampel": _same("Daftar kunjungan pada loket tiket tujuh destinasi utama"),
    "fraksi_sampel": _same("1 dari setiap 25 pengunjung"),
    "unit_sampel": _same("Wisatawan berusia 17 tahun ke atas"),
    "jumlah_sampel": ("1.600", 1600),
    "sampling_error": _same("Margin of error 2,5 persen pada tingkat kepercayaan 95 persen"),
    "responden": _same("Wisatawan nusantara dan mancanegara terpilih"),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("05/01/2026", "30/01/2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.lapangan": (("02/02/2026", "30/04/2026"), ("2026-02-02", "2026-04-30")),
    "jadwal.pengolahan": (("04/05/2026", "29/05/2026"), ("2026-05-04", "2026-05-29")),
    "jadwal.analisis": (("02/06/2026", "26/06/2026"), ("2026-06-02", "2026-06-26")),
    "jadwal.diseminasi": (("06/07/2026", "31/07/2026"), ("2026-07-06", "2026-07-31")),
    "tanggal_rilis": ("15/07/2026", "2026-07-15"),
}

#: A ministry directorate's monthly compilation of landing data, all Indonesia.
FPKPA_KKP: Shown = {
    "judul": _same("Kompilasi Data Produksi Perikanan Tangkap di Pelabuhan Perikanan Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Direktorat Pengelolaan Sumber Daya Ikan, Direktorat Jenderal Perikanan Tangkap, "
        "Kementerian Kelautan dan Perikanan"
    ),
    "penyelenggara.alamat": _same(
        "Gedung Mina Bahari II Lantai 10, Jl. Medan Merdeka Timur No. 16, Gambir"
    ),
    "penyelenggara.kabupaten_kota": ("Kota Administrasi Jakarta Pusat", "3173"),
    "penyelenggara.provinsi": ("DKI Jakarta", "31"),
    "penyelenggara.telepon": ("(021) 3519070", "+62213519070"),
    "penyelenggara.faks": ("(021) 3453008", "+62213453008"),
    "penyelenggara.email": _same("dit.psdi@kkp.go.id"),
    "penanggung_jawab.nama": _same("Dr. Ridwan Mulyana Hartono, S.Pi., M.Si."),
    "penanggung_jawab.jabatan": _same("Direktur Pengelolaan Sumber Daya Ikan"),
    "penanggung_jawab.alamat": _same("Jl. Medan Merdeka Timur No. 16, Jakarta Pusat"),
    "penanggung_jawab.telepon": ("0812-8830-4517", "+6281288304517"),
    "penanggung_jawab.faks": ("(021) 3453008", "+62213453008"),
    "penanggung_jawab.email": _same("ridwan.hartono@kkp.go.id"),
    "pj_teknis.nama": _same("Anindya Prameswari, S.Pi., M.Sc."),
    "pj_teknis.jabatan": _same("Ketua Tim Kerja Data dan Informasi Sumber Daya Ikan"),
    "pj_teknis.alamat": _same("Jl. Medan Merdeka Timur No. 16, Jakarta Pusat"),
    "pj_teknis.telepon": ("0813-1577-6092", "+6281315776092"),
    "pj_teknis.email": _same("anindya.p@kkp.go.id"),
    "tujuan": _same(
        "Menghimpun data pendaratan ikan menurut jenis ikan, alat tangkap dan wilayah "
        "pengelolaan perikanan dari seluruh pelabuhan perikanan untuk penetapan kuota "
        "penangkapan dan evaluasi pemanfaatan sumber daya ikan."
    ),
    "jadwal.perencanaan": (("2 Januari 2026", "23 Januari 2026"), ("2026-01-02", "2026-01-23")),
    "jadwal.pengumpulan": (("26 Januari 2026", "30 November 2026"), ("2026-01-26", "2026-11-30")),
    "jadwal.pengolahan": (("2 Februari 2026", "4 Desember 2026"), ("2026-02-02", "2026-12-04")),
    "jadwal.analisis": (("9 Februari 2026", "11 Desember 2026"), ("2026-02-09", "2026-12-11")),
    "jadwal.diseminasi": (("16 Februari 2026", "18 Desember 2026"), ("2026-02-16", "2026-12-18")),
    "variabel": (
        None,
        [
            {
                "nama": "Volume ikan didaratkan menurut jenis",
                "referensi_waktu": "Bulanan",
                "sumber": "Sistem Informasi Pelabuhan Perikanan (SIPP)",
            },
            {
                "nama": "Nilai produksi ikan didaratkan",
                "referensi_waktu": "Bulanan",
                "sumber": "Sistem Informasi Pelabuhan Perikanan (SIPP)",
            },
            {
                "nama": "Jumlah trip kapal penangkap ikan",
                "referensi_waktu": "Bulanan",
                "sumber": "e-Logbook Penangkapan Ikan",
            },
            {
                "nama": "Alat penangkapan ikan yang digunakan",
                "referensi_waktu": "Bulanan",
                "sumber": "e-Logbook Penangkapan Ikan",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": _same("Laporan pendaratan ikan dan log book penangkapan ikan"),
    "metode_pengumpulan": _same("Penarikan data dari aplikasi e-Logbook dan SIPP secara daring"),
    "cakupan_wilayah": (None, "seluruh_indonesia"),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("6", 6),
    "jumlah_enumerator": ("40", 40),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["lainnya"]),
    "tingkat_penyajian": (None, ["nasional", "provinsi"]),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("18 Desember 2026", "2026-12-18"),
}

#: A city planning agency's one-off quota survey (block VI does not apply), no fax.
FS3_KENDARI: Shown = {
    "judul": _same("Survei Kepuasan Masyarakat terhadap Pelayanan Publik Kota Kendari 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same(
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kota Kendari"
    ),
    "penyelenggara.alamat": _same("Jl. Drs. H. Abdullah Silondae No. 8, Mandonga"),
    "penyelenggara.kabupaten_kota": ("Kota Kendari", "7471"),
    "penyelenggara.provinsi": ("Sulawesi Tenggara", "74"),
    "penyelenggara.telepon": ("(0401) 3121507", "+624013121507"),
    "penyelenggara.email": _same("bapperida@kendarikota.go.id"),
    "penanggung_jawab.nama": _same("Dr. Ir. La Ode Muhammad Ridwan, M.T."),
    "penanggung_jawab.jabatan": _same("Kepala Bapperida Kota Kendari"),
    "penanggung_jawab.telepon": ("0811-4051-227", "+628114051227"),
    "penanggung_jawab.email": _same("lm.ridwan@kendarikota.go.id"),
    "manajer.nama": _same("Wa Ode Sitti Rahmawati, S.Si., M.Stat."),
    "manajer.jabatan": _same("Kepala Bidang Riset dan Inovasi Daerah"),
    "manajer.alamat": _same("Jl. Drs. H. Abdullah Silondae No. 8, Kendari"),
    "manajer.telepon": ("0823-4455-1908", "+6282344551908"),
    "manajer.email": _same("riset.bapperida@kendarikota.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": _same(
        "Mengukur indeks kepuasan masyarakat terhadap pelayanan perizinan, kependudukan, "
        "kesehatan dan persampahan di setiap kecamatan sebagai bahan evaluasi kinerja "
        "perangkat daerah dan penyusunan RKPD 2027."
    ),
    "variabel": (
        None,
        [
            {"nama": "Jenis layanan yang diterima", "referensi_waktu": "Enam bulan terakhir"},
            {"nama": "Waktu penyelesaian layanan", "referensi_waktu": "Layanan terakhir"},
            {"nama": "Biaya yang dikeluarkan", "referensi_waktu": "Layanan terakhir"},
            {"nama": "Penilaian kompetensi petugas", "referensi_waktu": "Layanan terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Kendari", ["7471"]),
    "metode_pengumpulan": (None, ["wawancara"]),
    "metode_sampel": (None, "nonprobabilitas"),
    "metode_pemilihan": (None, "kuota"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sarjana"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("3 orang", 3),
    "jumlah_enumerator": ("18 orang", 18),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, False),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("2 Maret 2026", "27 Maret 2026"), ("2026-03-02", "2026-03-27")),
    "jadwal.lapangan": (("13 April 2026", "15 Mei 2026"), ("2026-04-13", "2026-05-15")),
    "jadwal.pengolahan": (("18 Mei 2026", "12 Juni 2026"), ("2026-05-18", "2026-06-12")),
    "jadwal.analisis": (("15 Juni 2026", "10 Juli 2026"), ("2026-06-15", "2026-07-10")),
    "jadwal.diseminasi": (("20 Juli 2026", "14 Agustus 2026"), ("2026-07-20", "2026-08-14")),
    "tanggal_rilis": ("30 Juli 2026", "2026-07-30"),
}

#: A regency social office's quarterly compilation of aid recipients, no fax.
FPKPA_LOTIM: Shown = {
    "judul": _same("Kompilasi Data Penerima Bantuan Sosial Kabupaten Lombok Timur Tahun 2026"),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": _same("Dinas Sosial Kabupaten Lombok Timur"),
    "penyelenggara.alamat": _same("Jl. Prof. M. Yamin No. 57, Kelurahan Sandubaya, Selong"),
    "penyelenggara.kabupaten_kota": ("Kabupaten Lombok Timur", "5203"),
    "penyelenggara.provinsi": ("Nusa Tenggara Barat", "52"),
    "penyelenggara.telepon": ("(0376) 21734", "+6237621734"),
    "penyelenggara.email": _same("dinsos@lomboktimurkab.go.id"),
    "penanggung_jawab.nama": _same("H. Ahmad Subhan, S.Sos., M.AP."),
    "penanggung_jawab.jabatan": _same("Kepala Dinas Sosial Kabupaten Lombok Timur"),
    "penanggung_jawab.alamat": _same("Jl. Prof. M. Yamin No. 57, Selong"),
    "penanggung_jawab.telepon": ("0819-0734-2216", "+6281907342216"),
    "penanggung_jawab.email": _same("ahmad.subhan@lomboktimurkab.go.id"),
    "pj_teknis.nama": _same("Baiq Nurul Hidayati, S.Kom."),
    "pj_teknis.jabatan": _same("Kepala Seksi Data dan Informasi Kesejahteraan Sosial"),
    "pj_teknis.alamat": _same("Jl. Prof. M. Yamin No. 57, Selong"),
    "pj_teknis.telepon": ("0877-6521-4430", "+6287765214430"),
    "pj_teknis.email": _same("datin.dinsos@lomboktimurkab.go.id"),
    "tujuan": _same(
        "Menyediakan data penerima bantuan sosial menurut jenis bantuan, desa dan "
        "kecamatan untuk pemadanan sasaran, pencegahan penerima ganda dan pelaporan "
        "penanggulangan kemiskinan daerah."
    ),
    "jadwal.perencanaan": (("12 Januari 2026", "30 Januari 2026"), ("2026-01-12", "2026-01-30")),
    "jadwal.pengumpulan": (("2 Februari 2026", "30 Oktober 2026"), ("2026-02-02", "2026-10-30")),
    "jadwal.pengolahan": (("9 Februari 2026", "13 November 2026"), ("2026-02-09", "2026-11-13")),
    "jadwal.analisis": (("16 Februari 2026", "27 November 2026"), ("2026-02-16", "2026-11-27")),
    "jadwal.diseminasi": (("2 Maret 2026", "11 Desember 2026"), ("2026-03-02", "2026-12-11")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah keluarga penerima PKH",
                "referensi_waktu": "Triwulanan",
                "sumber": "SIKS-NG",
            },
            {
                "nama": "Jumlah penerima BPNT",
                "referensi_waktu": "Triwulanan",
                "sumber": "SIKS-NG",
            },
            {
                "nama": "Desil kesejahteraan penerima",
                "referensi_waktu": "Triwulanan",
                "sumber": "DTSEN",
            },
            {
                "nama": "Penerima bantuan sosial daerah",
                "referensi_waktu": "Triwulanan",
                "sumber": "Laporan penyaluran kecamatan",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "triwulanan"),
    "jenis_data": _same(
        "Data Tunggal Sosial dan Ekonomi Nasional (DTSEN) dan daftar penyaluran bantuan"
    ),
    "metode_pengumpulan": _same(
        "Ekspor data SIKS-NG dan rekapitulasi laporan penyaluran dari kecamatan"
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Lombok Timur", ["5203"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "jumlah_supervisor": ("2 orang", 2),
    "jumlah_enumerator": ("21 orang", 21),
    "pelatihan": (None, False),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["individu", "rumah_tangga"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("14 Desember 2026", "2026-12-14"),
}

LETTER_JEMBRANA_FIELDS: dict[str, Any] = {
    "nomor_surat": "690/117/PAM-TAJ/III/2026",
    "tanggal_surat": "2026-03-09",
    "perihal": "Pemberitahuan Rencana Survei Kepuasan Pelanggan Air Minum Tahun 2026",
    "instansi": "Perusahaan Umum Daerah Air Minum Tirta Amertha Jati Kabupaten Jembrana",
    "kepada": "Kepala Badan Pusat Statistik Kabupaten Jembrana",
    "penandatangan.nama": "I Gede Wiratama Putra, S.T., M.M.",
    "penandatangan.jabatan": "Direktur Utama",
}

# --- wordings -----------------------------------------------------------------------------

#: Sentence-case labels for the ruled two-column FS3 (section bars carry the block titles).
FS3_WORDS["rule16"] = {
    **FS3_WORDS["prov"],
    "judul": "Judul survei",
    "tahun": "Tahun survei",
    "b1": "Informasi penyelenggara",
    "instansi": "Instansi penyelenggara",
    "alamat_head": "Alamat dan kontak kantor",
    "alamat": "Alamat",
    "kab": "Kabupaten/kota",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "Surel",
    "b2": "Penanggung jawab",
    "pj": "Penanggung jawab survei",
    "mgr": "Manajer survei",
    "nama": "Nama lengkap dan gelar",
    "jabatan": "Jabatan",
    "b3": "Jenis survei",
    "pelaksanaan": "Pelaksanaan survei",
    "frekuensi": "Frekuensi (bila berulang)",
    "tipe": "Tipe pengumpulan data",
    "b4": "Tujuan dan variabel",
    "tujuan": "Tujuan survei",
    "variabel": "Variabel yang dikumpulkan",
    "b5": "Rancangan survei",
    "cara": "Cara pengumpulan data",
    "cakupan": "Cakupan wilayah",
    "wilayah": "Wilayah survei (bila sebagian)",
    "metode": "Metode pengumpulan data",
    "sampel": "Metode pemilihan sampel",
    "pemilihan": "Teknik pemilihan sampel",
    "uji": "Uji coba kuesioner",
    "petugas": "Petugas pengumpul data",
    "pendidikan": "Pendidikan terendah petugas",
    "pelatihan": "Pelatihan petugas",
    "jumlah_head": "Jumlah petugas",
    "sup": "Supervisor/pengawas",
    "enum": "Pencacah",
    "b6": "Desain sampel",
    "rancangan": "Rancangan sampel",
    "kerangka": "Kerangka sampel",
    "fraksi": "Fraksi sampel",
    "unit_head": "Unit dan jumlah sampel",
    "unit": "Unit sampel",
    "jml": "Jumlah sampel",
    "se": "Perkiraan sampling error",
    "resp": "Responden",
    "b7": "Pengolahan, analisis dan diseminasi",
    "olah_head": "Tahap pengolahan data",
    "edit": "Penyuntingan",
    "coding": "Penyandian",
    "valid": "Validasi",
    "tingkat": "Tingkat estimasi",
    "analisis": "Metode analisis",
    "produk": "Produk yang dihasilkan",
    "jadwal": "Jadwal kegiatan",
    "rilis": "Rencana tanggal rilis",
}

#: A directorate's Word form: numbered paragraphs, plain wordings.
FPKPA_WORDS["para16"] = {
    **FPKPA_WORDS["colon"],
    "judul": "Judul kegiatan",
    "tahun": "Tahun pelaksanaan",
    "b1": "A. INSTANSI PENYELENGGARA",
    "instansi": "Nama unit kerja penyelenggara",
    "alamat_head": "Alamat unit kerja",
    "alamat": "Alamat kantor",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Nomor telepon",
    "faks": "Nomor faksimile",
    "email": "Alamat e-mail",
    "b2": "B. PENANGGUNG JAWAB",
    "pj": "Penanggung jawab kegiatan",
    "tek": "Penanggung jawab teknis",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "alamat_p": "Alamat",
    "b3": "C. TUJUAN DAN JADWAL",
    "tujuan": "Tujuan dan kegunaan kegiatan",
    "jadwal": "Jadwal pelaksanaan",
    "b4": "D. VARIABEL",
    "variabel": "Variabel yang dikompilasi",
    "b5": "E. DESAIN KEGIATAN",
    "pelaksanaan": "Pelaksanaan kegiatan",
    "frekuensi": "Frekuensi kegiatan",
    "jenis": "Jenis data administrasi",
    "metode": "Cara pengumpulan data",
    "cakupan": "Cakupan wilayah",
    "wilayah": "Wilayah kegiatan (jika sebagian)",
    "b6": "F. PETUGAS",
    "petugas": "Petugas pengumpul data",
    "pendidikan": "Pendidikan terendah petugas",
    "sup": "Jumlah supervisor",
    "enum": "Jumlah petugas pengumpul data",
    "pelatihan": "Pelatihan petugas",
    "b7": "G. PENGOLAHAN, ANALISIS DAN DISEMINASI",
    "olah_head": "Tahapan pengolahan",
    "edit": "Penyuntingan",
    "entri": "Entri data",
    "coding": "Penyandian",
    "valid": "Validasi",
    "analisis": "Metode analisis",
    "unit": "Unit analisis",
    "tingkat": "Tingkat penyajian data",
    "produk": "Bentuk produk",
    "rilis": "Rencana tanggal rilis",
}

#: A provincial-looking printed form filled on a typewriter.
FS3_WORDS["type16"] = {
    **FS3_WORDS["kota"],
    "judul": "Judul Survei",
    "tahun": "Tahun Survei",
    "b1": "BLOK I. KETERANGAN PENYELENGGARA",
    "instansi": "Instansi Penyelenggara",
    "alamat_head": "Alamat Lengkap Instansi",
    "alamat": "Jalan dan Nomor",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Telepon",
    "faks": "Faksimile",
    "email": "E-mail",
    "b2": "BLOK II. PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab",
    "mgr": "Manajer Survei",
    "nama": "Nama",
    "jabatan": "Jabatan",
    "b3": "BLOK III. JENIS SURVEI",
    "pelaksanaan": "Pelaksanaan Survei",
    "frekuensi": "Frekuensi Penyelenggaraan",
    "tipe": "Tipe Pengumpulan Data",
    "b4": "BLOK IV. TUJUAN DAN VARIABEL",
    "tujuan": "Tujuan Survei",
    "variabel": "Variabel yang Dikumpulkan",
    "b5": "BLOK V. DESAIN SURVEI",
    "cara": "Cara Pengumpulan Data",
    "cakupan": "Cakupan Wilayah Survei",
    "wilayah": "Wilayah Survei",
    "metode": "Metode Pengumpulan Data",
    "sampel": "Metode Sampel",
    "pemilihan": "Metode Pemilihan Sampel",
    "uji": "Uji Coba Kuesioner",
    "petugas": "Petugas Pengumpul Data",
    "pendidikan": "Pendidikan Terendah Petugas",
    "pelatihan": "Pelatihan Petugas",
    "jumlah_head": "Jumlah Petugas",
    "sup": "Supervisor",
    "enum": "Enumerator",
    "b6": "BLOK VI. DESAIN SAMPEL",
    "b7": "BLOK VII. PENGOLAHAN, ANALISIS DAN DISEMINASI",
    "olah_head": "Pengolahan Data",
    "edit": "Penyuntingan",
    "coding": "Penyandian",
    "valid": "Validasi",
    "tingkat": "Tingkat Estimasi",
    "analisis": "Metode Analisis",
    "produk": "Produk",
    "jadwal": "Jadwal Kegiatan",
    "rilis": "Tanggal Rilis",
}

#: A questionnaire-like FP-KPA: every item asked as a short question.
FPKPA_WORDS["box16"] = {
    **FPKPA_WORDS["colon"],
    "judul": "Judul Kompilasi Data",
    "tahun": "Tahun Kegiatan",
    "b1": "BAGIAN I  INSTANSI PENYELENGGARA",
    "instansi": "Nama Perangkat Daerah",
    "alamat_head": "Alamat Perangkat Daerah",
    "alamat": "Alamat Kantor",
    "kab": "Kabupaten/Kota",
    "prov": "Provinsi",
    "telp": "Nomor Telepon",
    "faks": "Nomor Faksimile",
    "email": "Alamat Surel",
    "b2": "BAGIAN II  PENANGGUNG JAWAB",
    "pj": "Penanggung Jawab Kegiatan",
    "tek": "Penanggung Jawab Teknis",
    "nama": "Nama Lengkap",
    "jabatan": "Jabatan",
    "alamat_p": "Alamat Kantor",
    "b3": "BAGIAN III  TUJUAN DAN JADWAL",
    "tujuan": "Tujuan Kompilasi",
    "jadwal": "Jadwal Kegiatan",
    "b4": "BAGIAN IV  VARIABEL",
    "variabel": "Daftar Variabel",
    "b5": "BAGIAN V  DESAIN KEGIATAN",
    "pelaksanaan": "Pelaksanaan Kegiatan",
    "frekuensi": "Frekuensi Kegiatan",
    "jenis": "Jenis Data Administrasi",
    "metode": "Metode Pengumpulan Data",
    "cakupan": "Cakupan Wilayah",
    "wilayah": "Wilayah Kegiatan",
    "b6": "BAGIAN VI  PETUGAS",
    "petugas": "Petugas Pengumpul Data",
    "pendidikan": "Pendidikan Terendah Petugas",
    "sup": "Jumlah Supervisor",
    "enum": "Jumlah Petugas Pengumpul Data",
    "pelatihan": "Pelatihan Petugas",
    "b7": "BAGIAN VII  PENGOLAHAN DAN PENYAJIAN",
    "olah_head": "Tahapan Pengolahan Data",
    "edit": "Penyuntingan",
    "entri": "Entri Data",
    "coding": "Penyandian",
    "valid": "Validasi",
    "analisis": "Metode Analisis",
    "unit": "Unit Analisis",
    "tingkat": "Tingkat Penyajian",
    "produk": "Produk yang Dihasilkan",
    "rilis": "Tanggal Rilis",
}

FS3_TITLES = ("Formulir Pemberitahuan Survei Statistik Sektoral (FS3)",)
FS3_TITLES_CAPS = ("FORMULIR PEMBERITAHUAN", "SURVEI STATISTIK SEKTORAL (FS3)")
FPKPA_TITLES = ("FORMULIR PEMBERITAHUAN KOMPILASI PRODUK ADMINISTRASI (FP-KPA)",)

MAGELANG_SIGN = [
    "Kota Mungkid, 2 Januari 2026",
    "Kepala Dinas Pariwisata, Kepemudaan",
    "dan Olahraga Kabupaten Magelang,",
    "",
    "Drs. Edi Wasono Nugroho, M.M.",
    "NIP. 19700814 199603 1 003",
]
KKP_SIGN = [
    "Jakarta, 22 Desember 2025",
    "Direktur Pengelolaan Sumber Daya Ikan,",
    "",
    "Dr. Ridwan Mulyana Hartono, S.Pi., M.Si.",
    "NIP. 19750611 200212 1 002",
]
KENDARI_SIGN = [
    "Kendari, 20 Februari 2026",
    "Kepala Bapperida Kota Kendari,",
    "",
    "Dr. Ir. La Ode Muhammad Ridwan, M.T.",
    "NIP. 19720905 199803 1 006",
]
LOTIM_SIGN = [
    "Selong, 5 Januari 2026",
    "Kepala Dinas Sosial",
    "Kabupaten Lombok Timur,",
    "",
    "H. Ahmad Subhan, S.Sos., M.AP.",
    "NIP. 19740318 200003 1 007",
]


# --- helpers ------------------------------------------------------------------------------


def _split(s: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(s, font, size, width) or [""]


def _sw(s: str, font: str, size: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return stringWidth(s, font, size)


def _chunks(tokens: list[str], font: str, size: float, width: float, gap: str) -> list[str]:
    """Option tokens laid out on lines of at most ``width``, never splitting a token."""
    lines: list[str] = []
    cur = ""
    for tok in tokens:
        trial = f"{cur}{gap}{tok}" if cur else tok
        if cur and _sw(trial, font, size) > width:
            lines.append(cur)
            cur = tok
        else:
            cur = trial
    lines.append(cur)
    return lines


class _Flow:
    """A canvas with a running y and page breaks."""

    def __init__(self, path: Path, pagesize: tuple[float, float], foot: Any) -> None:
        from reportlab.pdfgen.canvas import Canvas

        self.cv = Canvas(str(path), pagesize=pagesize)
        self.width, self.height = pagesize
        self.foot = foot
        self.top, self.bottom = 50.0, 60.0
        self.y = self.height - self.top
        self.page = 1

    def need(self, h: float) -> bool:
        if self.y - h < self.bottom:
            self.new_page()
            return True
        return False

    def new_page(self) -> None:
        self.foot(self.cv, self.page, self)
        self.cv.showPage()
        self.page += 1
        self.y = self.height - self.top

    def finish(self) -> None:
        self.foot(self.cv, self.page, self)
        self.cv.showPage()
        self.cv.save()


# --- 1. narrow label column | vertical rule | wide value column, grey section bars --------


def render_pdf_rule_columns(script: list[Item], path: Path) -> None:
    """Labels in a narrow left column, values in a wide right one, a vertical rule between
    them; each block under a grey bar with a sentence-case title; options as text glyphs
    "◯ A   ⬤ B"; variables and schedule as small ruled tables in the value column."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4

    font, bold = R._fonts()
    size, lead = 9.0, 12.0
    x0, xr, xv, x1 = 48.0, 178.0, 186.0, 548.0

    def foot(cv: Any, page: int, fl: _Flow) -> None:
        cv.setFont(font, 7.5)
        cv.setFillColor(colors.HexColor("#666666"))
        cv.drawString(x0, 36, "FS3 - Dinas Pariwisata, Kepemudaan dan Olahraga Kabupaten Magelang")
        cv.drawRightString(x1, 36, f"Halaman {page}")
        cv.setFillColor(colors.black)

    fl = _Flow(path, A4, foot)
    cv = fl.cv

    def row(label_lines: list[tuple[str, str, float]], value_lines: list[tuple[str, str]]) -> None:
        n = max(len(label_lines), len(value_lines), 1)
        fl.need(n * lead + 4)
        top = fl.y
        for k, (s, f, ind) in enumerate(label_lines):
            cv.setFont(f, size)
            cv.drawString(x0 + ind, top - k * lead, s)
        for k, (s, f) in enumerate(value_lines):
            cv.setFont(f, size)
            cv.drawString(xv, top - k * lead, s)
        bottom = top - (n - 1) * lead - 5
        cv.setLineWidth(0.6)
        cv.line(xr, top + lead - 2, xr, bottom)
        cv.setStrokeColor(colors.HexColor("#cccccc"))
        cv.setLineWidth(0.3)
        cv.line(x0, bottom, x1, bottom)
        cv.setStrokeColor(colors.black)
        fl.y = bottom - lead + 2

    def label_of(text: str, ind: float, b: bool = False) -> list[tuple[str, str, float]]:
        f = bold if b else font
        return [(s, f, ind) for s in _split(text, f, size, xr - x0 - 6 - ind)]

    def value_of(text: str) -> list[tuple[str, str]]:
        return [(s, font) for s in _split(text, font, size, x1 - xv)]

    def table(header: tuple[str, ...], rows: list[tuple[str, ...]], widths: list[float]) -> None:
        h = (len(rows) + 1) * 14 + 4
        fl.need(h)
        xs = [xv]
        for w in widths:
            xs.append(xs[-1] + w)
        y = fl.y + 10
        cv.setLineWidth(0.5)
        cv.line(xr, y + 2, xr, y - h)
        for r, cells in enumerate([header, *rows]):
            cv.setFont(bold if r == 0 else font, 8.5)
            if r == 0:
                cv.setFillColor(colors.HexColor("#eeeeee"))
                cv.rect(xs[0], y - 14, xs[-1] - xs[0], 14, stroke=0, fill=1)
                cv.setFillColor(colors.black)
            for c, cell in enumerate(cells):
                cv.drawString(xs[c] + 3, y - 10, cell)
            cv.line(xs[0], y, xs[-1], y)
            y -= 14
        cv.line(xs[0], y, xs[-1], y)
        for x in xs:
            cv.line(x, fl.y + 10, x, y)
        fl.y = y - lead

    indent = 0.0
    for item in script:
        kind = item[0]
        if kind == "title":
            cv.setFont(bold, 12.5)
            cv.drawCentredString(A4[0] / 2, fl.y, item[1])
            fl.y -= 16
            cv.setFont(font, 8.5)
            cv.drawCentredString(
                A4[0] / 2, fl.y, "Diisi oleh instansi penyelenggara dan dikirim ke BPS"
            )
            fl.y -= 26
        elif kind == "block":
            fl.need(60)
            cv.setFillColor(colors.HexColor("#d9d9d9"))
            cv.rect(x0 - 4, fl.y - 5, x1 - x0 + 8, 17, stroke=0, fill=1)
            cv.setFillColor(colors.black)
            cv.setFont(bold, 10)
            cv.drawString(x0, fl.y, item[1])
            fl.y -= 22
            indent = 0.0
        elif kind == "head":
            row(label_of(item[2], 0, True), [])
            indent = 8.0
        elif kind == "text":
            label, value = item[2], item[3]
            indent = 8.0 if item[1].count(".") == 2 else 0.0
            row(label_of(label, indent), value_of("" if value == "-" else value))
        elif kind == "opts":
            label, opts = item[2], item[3]
            indent = 8.0 if item[1].count(".") == 2 else 0.0
            toks = [("⬤ " if on else "◯ ") + text for text, on in opts]
            lines = _chunks(toks, font, size, x1 - xv, "     ")
            row(label_of(label, indent), [(s, font) for s in lines])
        elif kind == "table":
            row(label_of(item[2], 0), [])
            table(item[3], [(str(k), *r) for k, r in enumerate(item[4], 1)], [24, 200, 138])
        elif kind == "jadwal":
            row(label_of(item[2], 0), [])
            table(item[3], item[4], [150, 106, 106])
        elif kind == "note":
            row(label_of("Keterangan", 0), value_of(item[1]))
        elif kind == "sign":
            lines = item[1]
            fl.need(len(lines) * lead + 50)
            fl.y -= 10
            for s in lines:
                cv.setFont(font, size)
                cv.drawString(340, fl.y, s)
                fl.y -= 36 if s == "" else lead
    fl.finish()


def _rule_script(c: Shown) -> list[Item]:
    """The FS3 script with its table rows stringified (numbers kept only to tell the
    sub-items, which the renderer indents; none is printed)."""
    s = fs3_script(c, "rule16", num_plain, titles=FS3_TITLES, signer=MAGELANG_SIGN)
    out: list[Item] = []
    for item in s:
        if item[0] == "table":
            out.append((*item[:4], [tuple(map(str, r)) for r in item[4]]))
        else:
            out.append(item)
    return out


# --- 2. Word: cover table, numbered paragraphs, chosen bold and the rest struck ------------


def render_docx_numbered_strike(script: list[Item], path: Path) -> None:
    """A directorate's Word form: letterhead lines, a small cover table (Nomor formulir,
    Tanggal), lettered block headings, items as numbered paragraphs "n. Label: value"
    (numbers running through the form), sub-items "a)" indented under a group's number;
    options written on one line, the chosen one(s) bold and the others struck through."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(2)

    for text, size in (
        ("KEMENTERIAN KELAUTAN DAN PERIKANAN", 11),
        ("DIREKTORAT JENDERAL PERIKANAN TANGKAP", 11),
        ("DIREKTORAT PENGELOLAAN SUMBER DAYA IKAN", 10),
    ):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
    doc.add_paragraph()

    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    for r, (a, b) in enumerate(
        (("Nomor formulir", "FP-KPA/PSDI/2026/004"), ("Tanggal", "22 Desember 2025"))
    ):
        t.cell(r, 0).text = a
        t.cell(r, 1).text = b
        t.cell(r, 0).width = Cm(4)
        t.cell(r, 1).width = Cm(7)
    doc.add_paragraph()

    n = 0
    sub = 0
    in_group = False
    for item in script:
        kind = item[0]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(item[1])
            r.bold = True
            r.font.size = Pt(11.5)
        elif kind == "block":
            p = doc.add_paragraph()
            p.paragraph_format.space_before = Pt(10)
            p.paragraph_format.keep_with_next = True
            p.add_run(item[1]).bold = True
            in_group = False
        elif kind == "head":
            n += 1
            sub = 0
            in_group = True
            p = doc.add_paragraph(f"{n}. {item[2]}:")
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.keep_with_next = True
        elif kind in ("text", "opts"):
            if in_group and item[1] and item[1].count(".") >= 2:
                sub += 1
                lead, ind = f"{'abcdefghij'[sub - 1]}) ", 1.2
            else:
                in_group = False
                n += 1
                lead, ind = f"{n}. ", 0.6
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(ind)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.add_run(f"{lead}{item[2]}: ")
            if kind == "text":
                value = item[3]
                p.add_run("" if value == "-" else value)
            else:
                for k, (text, on) in enumerate(item[3]):
                    if k:
                        p.add_run(" / ")
                    r = p.add_run(text)
                    if on:
                        r.bold = True
                    else:
                        r.font.strike = True
        elif kind in ("table", "jadwal"):
            in_group = False
            n += 1
            p = doc.add_paragraph(f"{n}. {item[2]}:")
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.first_line_indent = Cm(-0.6)
            p.paragraph_format.keep_with_next = True
            header, rows = item[3], item[4]
            if kind == "table":
                rows = [(str(k), *r) for k, r in enumerate(rows, 1)]
            tb = doc.add_table(rows=1, cols=len(header))
            tb.style = "Table Grid"
            for c, h in enumerate(header):
                tb.rows[0].cells[c].text = ""
                tb.rows[0].cells[c].paragraphs[0].add_run(h).bold = True
            for r in rows:
                cells = tb.add_row().cells
                for c, v in enumerate(r):
                    cells[c].text = v
            doc.add_paragraph()
        elif kind == "note":
            doc.add_paragraph(item[1])
        elif kind == "sign":
            doc.add_paragraph()
            for s in item[1]:
                p = doc.add_paragraph(s)
                p.paragraph_format.left_indent = Cm(9.0)
                p.paragraph_format.space_after = Pt(0)
                if s == "":
                    p.paragraph_format.space_after = Pt(30)
    doc.save(str(path))


# --- 3. typewriter values, drawn ticks, fold crease, scanned at 300 dpi -------------------


def render_pdf_typed_ticks(script: list[Item], path: Path) -> None:
    """A printed form (labels in a sans face, "R." numbers, box before each option)
    filled on a typewriter: values in a monospace face after the colon, a tick drawn as
    two pen strokes in the chosen boxes; a fold crease across the middle of each page."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4

    font, bold = "Helvetica", "Helvetica-Bold"
    mono, _ = R._mono()
    size, lead = 9.0, 13.0
    xn, xl, xc, xv, x1 = 50.0, 88.0, 262.0, 270.0, 550.0

    def foot(cv: Any, page: int, fl: _Flow) -> None:
        cv.setFont(font, 7.5)
        cv.drawString(xn, 34, f"FS3 / hal. {page}")
        # fold crease: a light band and a darker hairline across the page's middle
        mid = fl.height / 2 + 6
        cv.setFillColor(colors.Color(0.86, 0.86, 0.86))
        cv.rect(0, mid - 1.8, fl.width, 3.6, stroke=0, fill=1)
        cv.setStrokeColor(colors.Color(0.55, 0.55, 0.55))
        cv.setLineWidth(0.5)
        cv.line(0, mid + 0.4, fl.width, mid - 0.9)
        cv.setStrokeColor(colors.black)
        cv.setFillColor(colors.black)

    fl = _Flow(path, A4, foot)
    cv = fl.cv

    def tick(x: float, y: float) -> None:
        cv.setLineWidth(1.3)
        cv.setStrokeColor(colors.Color(0.1, 0.1, 0.35))
        p = cv.beginPath()
        p.moveTo(x + 1.0, y + 4.0)
        p.lineTo(x + 3.4, y + 0.8)
        p.lineTo(x + 9.5, y + 10.5)
        cv.drawPath(p, stroke=1, fill=0)
        cv.setStrokeColor(colors.black)

    def box(x: float, y: float, on: bool) -> None:
        cv.setLineWidth(0.6)
        cv.rect(x, y - 1.5, 8, 8, stroke=1, fill=0)
        if on:
            tick(x, y - 1.5)

    def label(number: str, text: str, ind: float = 0.0) -> int:
        cv.setFont(font, size)
        if number:
            cv.drawString(xn + ind, fl.y, number)
        lines = _split(text, font, size, xc - xl - 6 - ind)
        for k, s in enumerate(lines):
            cv.drawString(xl + ind, fl.y - k * lead, s)
        return len(lines)

    for item in script:
        kind = item[0]
        if kind == "title":
            cv.setFont(bold, 12)
            cv.drawCentredString(A4[0] / 2, fl.y, item[1])
            fl.y -= 16
            if item[1].endswith("(FS3)"):
                fl.y -= 14
        elif kind == "block":
            fl.need(50)
            fl.y -= 8
            cv.setLineWidth(1)
            cv.line(xn, fl.y + 12, x1, fl.y + 12)
            cv.setFont(bold, 10)
            cv.drawString(xn, fl.y, item[1])
            cv.line(xn, fl.y - 5, x1, fl.y - 5)
            fl.y -= 20
        elif kind == "head":
            fl.need(3 * lead)
            label(item[1], item[2])
            fl.y -= lead
        elif kind == "text":
            number, text, value = item[1], item[2], item[3]
            sub = number.endswith(".") and len(number) <= 2
            vals = _split(value, mono, size, x1 - xv)
            fl.need(max(2, len(vals)) * lead)
            if not number and text in ("Judul Survei", "Tahun Survei"):
                cv.setFont(bold, size)
                cv.drawString(xn, fl.y, text)
                n = 1
            else:
                n = label(number, text, 14 if sub else 0)
            cv.setFont(font, size)
            cv.drawString(xc, fl.y, ":")
            cv.setFont(mono, size)
            for k, s in enumerate(vals):
                cv.drawString(xv, fl.y - k * lead, s)
            fl.y -= max(n, len(vals)) * lead
        elif kind == "opts":
            number, text, opts = item[1], item[2], item[3]
            sub = number.endswith(".") and len(number) <= 2
            fl.need(3 * lead)
            n = label(number, text, 14 if sub else 0)
            cv.setFont(font, size)
            cv.drawString(xc, fl.y, ":")
            x, y = xv, fl.y
            rows = 1
            for wording, on in opts:
                w = 14 + _sw(wording, font, size) + 16
                if x + w > x1 + 10:
                    x, y, rows = xv, y - lead, rows + 1
                box(x, y, on)
                cv.setFont(font, size)
                cv.drawString(x + 12, y, wording)
                x += w
            fl.y -= max(n, rows) * lead + 2
        elif kind in ("table", "jadwal"):
            header, rows = item[3], item[4]
            if kind == "table":
                rows = [(str(k), *r) for k, r in enumerate(rows, 1)]
                xs = [xl, xl + 26, xl + 270]
            else:
                xs = [xl, xl + 160, xl + 300]
            fl.need((len(rows) + 3) * lead)
            label(item[1], item[2])
            fl.y -= lead + 2
            top = fl.y + lead - 2
            cv.setFont(bold, 8.5)
            for x, h in zip(xs, header, strict=True):
                cv.drawString(x + 3, fl.y, h)
            cv.line(xl, top, x1, top)
            cv.line(xl, fl.y - 4, x1, fl.y - 4)
            fl.y -= lead + 2
            for r in rows:
                for c, (x, v) in enumerate(zip(xs, r, strict=True)):
                    cv.setFont(mono if c else font, 8.5)
                    cv.drawString(x + 3, fl.y, v)
                cv.setLineWidth(0.3)
                cv.line(xl, fl.y - 4, x1, fl.y - 4)
                fl.y -= lead
            cv.setLineWidth(0.6)
            for x in [*xs, x1]:
                cv.line(x, top, x, fl.y + lead - 4)
            fl.y -= 4
        elif kind == "note":
            cv.setFont(font, 8.5)
            for k, s in enumerate(
                [
                    "R.6.1  Rancangan sampel         :",
                    "R.6.2  Kerangka sampel           :",
                    "R.6.4  Fraksi sampel             :",
                    "R.6.5  Unit dan jumlah sampel    :",
                    "R.6.6  Perkiraan sampling error  :",
                    "R.6.7  Responden                 :",
                ]
            ):
                parts = s.split("  ", 1)
                cv.drawString(xn, fl.y - k * lead, parts[0])
                cv.drawString(xl, fl.y - k * lead, parts[1].rstrip(" :").strip())
                cv.drawString(xc, fl.y - k * lead, ":")
            cv.setFont(mono, size)
            cv.drawString(xv, fl.y, "(tidak diisi, sampel nonprobabilitas)")
            fl.y -= 6 * lead + 4
        elif kind == "sign":
            lines = item[1]
            fl.need(len(lines) * lead + 60)
            fl.y -= 14
            for s in lines:
                cv.setFont(mono, size)
                cv.drawString(330, fl.y, s)
                fl.y -= 38 if s == "" else lead
    fl.finish()


# --- 4. regional water company's letter --------------------------------------------------


def render_letter_perumda(path: Path) -> None:
    """PERUMDA letter: letterhead text left, round logo at the right, double rule; Nomor/
    Lampiran/Perihal at the left, the date at the top right above "Kepada Yth."; signed
    "Direktur Utama," with an NPP line instead of a NIP."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    font, bold = R._fonts()
    cv = Canvas(str(path), pagesize=A4)
    _, h = A4
    xl, xr = 62.0, 533.0
    # logo at the right: circle with a water drop and waves
    cx, cy = 500.0, h - 78
    cv.setStrokeColor(colors.HexColor("#1f5fa8"))
    cv.setFillColor(colors.HexColor("#1f5fa8"))
    cv.setLineWidth(2)
    cv.circle(cx, cy, 30, stroke=1, fill=0)
    p = cv.beginPath()
    p.moveTo(cx, cy + 20)
    p.curveTo(cx + 14, cy, cx + 12, cy - 14, cx, cy - 14)
    p.curveTo(cx - 12, cy - 14, cx - 14, cy, cx, cy + 20)
    cv.drawPath(p, stroke=0, fill=1)
    cv.setFillColor(colors.white)
    cv.setFont(bold, 7)
    cv.drawCentredString(cx, cy - 6, "TAJ")
    cv.setFillColor(colors.black)
    cv.setStrokeColor(colors.black)
    # letterhead, left-aligned beside the logo
    y = h - 58
    cv.setFont(bold, 12)
    cv.drawString(xl, y, "PERUSAHAAN UMUM DAERAH AIR MINUM")
    cv.setFont(bold, 15)
    cv.drawString(xl, y - 18, "TIRTA AMERTHA JATI")
    cv.setFont(bold, 11)
    cv.drawString(xl, y - 33, "KABUPATEN JEMBRANA")
    cv.setFont(font, 8)
    cv.drawString(
        xl, y - 46, "Jalan Ngurah Rai No. 114, Dauhwaru, Negara 82218, Telepon (0365) 41148"
    )
    cv.drawString(
        xl, y - 56, "Laman www.tirtaamerthajati.co.id  Pos-el sekretariat@tirtaamerthajati.co.id"
    )
    cv.setLineWidth(2)
    cv.line(xl, y - 64, xr, y - 64)
    cv.setLineWidth(0.6)
    cv.line(xl, y - 67, xr, y - 67)

    size, lead = 10.5, 14.5
    cv.setFont(font, size)
    y = h - 160
    # right column: date above the addressee
    xa = 340.0
    cv.drawString(xa, y, "Negara, 9 Maret 2026")
    cv.drawString(xa, y - 2 * lead, "Kepada Yth.")
    cv.drawString(xa, y - 3 * lead, "Kepala Badan Pusat Statistik")
    cv.drawString(xa, y - 4 * lead, "Kabupaten Jembrana")
    cv.drawString(xa, y - 5 * lead, "di -")
    cv.drawString(xa + 20, y - 6 * lead, "Negara")
    # left block
    yb = y - 2 * lead
    rows = [
        ("Nomor", ["690/117/PAM-TAJ/III/2026"]),
        ("Lampiran", ["1 (satu) berkas"]),
        ("Perihal", ["Pemberitahuan Rencana Survei", "Kepuasan Pelanggan Air Minum", "Tahun 2026"]),
    ]
    for lab, vals in rows:
        cv.drawString(xl, yb, lab)
        cv.drawString(xl + 56, yb, ":")
        for k, v in enumerate(vals):
            cv.setFont(bold if lab == "Perihal" else font, size)
            cv.drawString(xl + 64, yb - k * lead, v)
            cv.setFont(font, size)
        yb -= len(vals) * lead
    y = min(yb, y - 6 * lead) - 2 * lead
    body = [
        "Dengan hormat,",
        "",
        "Dalam rangka peningkatan mutu layanan air minum kepada masyarakat, Perusahaan Umum "
        "Daerah Air Minum Tirta Amertha Jati Kabupaten Jembrana akan menyelenggarakan Survei "
        "Kepuasan Pelanggan Air Minum Tahun 2026 terhadap pelanggan rumah tangga dan niaga di "
        "lima kecamatan pada bulan April sampai dengan Juni 2026.",
        "",
        "Sehubungan dengan hal tersebut, sesuai dengan Undang-Undang Nomor 16 Tahun 1997 "
        "tentang Statistik, bersama ini kami sampaikan Formulir Pemberitahuan Survei Statistik "
        "Sektoral (FS3) beserta kuesioner untuk mendapatkan rekomendasi dari Badan Pusat "
        "Statistik Kabupaten Jembrana.",
        "",
        "Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.",
    ]
    from reportlab.lib.utils import simpleSplit

    for para in body:
        if not para:
            y -= lead * 0.6
            continue
        for k, line in enumerate(simpleSplit(para, font, size, xr - xl - 30)):
            cv.drawString(xl + (30 if k == 0 and para != body[0] else 0), y, line)
            y -= lead
    y -= lead
    xs = 330.0
    for s in ("Hormat kami,", "PERUMDA AIR MINUM TIRTA AMERTHA JATI", "KABUPATEN JEMBRANA"):
        cv.setFont(bold if s.isupper() else font, 9.5 if s.isupper() else size)
        cv.drawString(xs, y, s)
        y -= lead
    cv.setFont(font, size)
    cv.drawString(xs, y, "Direktur Utama,")
    # signature scribble
    cv.setStrokeColor(colors.HexColor("#1b2a6b"))
    cv.setLineWidth(1.1)
    p = cv.beginPath()
    p.moveTo(xs + 10, y - 40)
    for k in range(8):
        p.curveTo(xs + 18 + k * 12, y - 20, xs + 22 + k * 12, y - 52, xs + 28 + k * 12, y - 36)
    cv.drawPath(p, stroke=1, fill=0)
    cv.setStrokeColor(colors.black)
    y -= 62
    cv.setFont(bold, size)
    name = "I Gede Wiratama Putra, S.T., M.M."
    cv.drawString(xs, y, name)
    cv.setLineWidth(0.6)
    cv.line(xs, y - 2, xs + _sw(name, bold, size), y - 2)
    cv.setFont(font, size)
    cv.drawString(xs, y - lead, "NPP. 1978.03.112")
    y -= 3 * lead
    cv.setFont(font, 9)
    cv.drawString(xl, y, "Tembusan:")
    cv.drawString(xl, y - 12, "1. Yth. Bupati Jembrana (sebagai laporan);")
    cv.drawString(xl, y - 24, "2. Yth. Ketua Dewan Pengawas Perumda Air Minum Tirta Amertha Jati;")
    cv.drawString(xl, y - 36, "3. Arsip.")
    cv.showPage()
    cv.save()


# --- 5. questionnaire boxes: question on top, dashed line, answer below -------------------


def render_pdf_question_boxes(script: list[Item], path: Path) -> None:
    """Every item in its own ruled box: the number and question in small bold type at the
    top, a dashed line across the box, the answer below it (typed text, or option boxes
    with a ✓ in the chosen ones); block titles white on a dark band; a person's items
    as boxes under an unboxed sub-title; two-way yes/no items as two boxes on one row."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4

    font, bold = R._fonts()
    size, lead = 9.5, 12.5
    x0, x1 = 46.0, 549.0

    def foot(cv: Any, page: int, fl: _Flow) -> None:
        cv.setFont(font, 7.5)
        cv.drawString(x0, 34, "FP-KPA Dinas Sosial Kabupaten Lombok Timur")
        cv.drawRightString(x1, 34, f"{page}")

    fl = _Flow(path, A4, foot)
    cv = fl.cv
    q = 0

    def answer_lines(item: Item, width: float) -> list[Any]:
        if item[0] == "text":
            v = item[3]
            return [] if v == "-" else _split(v, font, size, width - 12)
        toks = [(t, on) for t, on in item[3]]
        lines: list[list[tuple[str, bool]]] = [[]]
        xw = 0.0
        for t, on in toks:
            tw = 16 + _sw(t, font, size) + 18
            if lines[-1] and xw + tw > width - 12:
                lines.append([])
                xw = 0.0
            lines[-1].append((t, on))
            xw += tw
        return lines

    def draw_box(x: float, width: float, item: Item, number: str, top: float) -> float:
        qlines = _split(f"{number}  {item[2]}", bold, 8.5, width - 12)
        ans = answer_lines(item, width)
        hq = len(qlines) * 11 + 6
        ha = max(1, len(ans)) * lead + 8
        cv.setLineWidth(0.7)
        cv.rect(x, top - hq - ha, width, hq + ha, stroke=1, fill=0)
        cv.setFont(bold, 8.5)
        for k, s in enumerate(qlines):
            cv.drawString(x + 6, top - 11 - k * 11, s)
        cv.setDash(3, 2)
        cv.setLineWidth(0.5)
        cv.line(x + 4, top - hq, x + width - 4, top - hq)
        cv.setDash()
        y = top - hq - lead + 1
        if item[0] == "text":
            cv.setFont(font, size)
            for k, s in enumerate(ans):
                cv.drawString(x + 8, y - k * lead, s)
        else:
            for k, line in enumerate(ans):
                xx = x + 8
                for t, on in line:
                    cv.setLineWidth(0.6)
                    cv.rect(xx, y - k * lead - 1.5, 9, 9, stroke=1, fill=0)
                    if on:
                        cv.setFont(bold, 9)
                        cv.drawString(xx + 1.2, y - k * lead, "✓")
                    cv.setFont(font, size)
                    cv.drawString(xx + 13, y - k * lead, t)
                    xx += 16 + _sw(t, font, size) + 18
        return hq + ha

    pending: list[tuple[Item, str]] = []

    def flush() -> None:
        """Two short yes/no items side by side, else one box across the page."""
        nonlocal pending
        while pending:
            a = pending.pop(0)
            pair = None
            if (
                pending
                and a[0][0] == "opts"
                and len(a[0][3]) == 2
                and pending[0][0][0] == "opts"
                and len(pending[0][0][3]) == 2
            ):
                pair = pending.pop(0)
            if pair:
                half = (x1 - x0 - 8) / 2
                fl.need(60)
                h1 = draw_box(x0, half, a[0], a[1], fl.y)
                h2 = draw_box(x0 + half + 8, half, pair[0], pair[1], fl.y)
                fl.y -= max(h1, h2) + 6
            else:
                est = 30 + len(answer_lines(a[0], x1 - x0)) * lead + 20
                fl.need(est)
                fl.y -= draw_box(x0, x1 - x0, a[0], a[1], fl.y) + 6

    for item in script:
        kind = item[0]
        if kind in ("text", "opts"):
            q += 1
            pending.append((item, f"P{q:02d}."))
            continue
        flush()
        if kind == "title":
            cv.setFont(bold, 12)
            cv.drawCentredString(A4[0] / 2, fl.y, item[1])
            fl.y -= 14
            cv.setFont(font, 8.5)
            cv.drawCentredString(
                A4[0] / 2,
                fl.y,
                "Isilah setiap pertanyaan pada kotak jawaban di bawah garis putus-putus",
            )
            fl.y -= 22
        elif kind == "block":
            fl.need(80)
            fl.y -= 12
            cv.setFillColor(colors.HexColor("#2f3e4e"))
            cv.rect(x0, fl.y - 5, x1 - x0, 18, stroke=0, fill=1)
            cv.setFillColor(colors.white)
            cv.setFont(bold, 10)
            cv.drawString(x0 + 6, fl.y, item[1])
            cv.setFillColor(colors.black)
            fl.y -= 24
        elif kind == "head":
            fl.need(70)
            fl.y -= 12
            cv.setFont(bold, 9.5)
            cv.drawString(x0, fl.y, item[2])
            cv.setLineWidth(0.4)
            cv.line(x0, fl.y - 3, x0 + _sw(item[2], bold, 9.5), fl.y - 3)
            fl.y -= 8
        elif kind in ("table", "jadwal"):
            q += 1
            header, rows = item[3], item[4]
            if kind == "table":
                rows = [(str(k), *r) for k, r in enumerate(rows, 1)]
                xs = [x0 + 8, x0 + 34, x0 + 230, x0 + 330, x1 - 8]
            else:
                xs = [x0 + 8, x0 + 180, x0 + 330, x1 - 8]
            h = 24 + (len(rows) + 1) * 15 + 10
            fl.need(h)
            top = fl.y
            cv.setLineWidth(0.7)
            cv.rect(x0, top - h, x1 - x0, h, stroke=1, fill=0)
            cv.setFont(bold, 8.5)
            cv.drawString(x0 + 6, top - 11, f"P{q:02d}.  {item[2]}")
            cv.setDash(3, 2)
            cv.setLineWidth(0.5)
            cv.line(x0 + 4, top - 17, x1 - 4, top - 17)
            cv.setDash()
            y = top - 24
            for r, cells in enumerate([header, *rows]):
                cv.line(xs[0], y, xs[-1], y)
                for c, v in enumerate(cells):
                    cv.setFont(bold if r == 0 else font, 8.5)
                    cv.drawString(xs[c] + 3, y - 11, v)
                y -= 15
            cv.line(xs[0], y, xs[-1], y)
            for x in xs:
                cv.line(x, top - 24, x, y)
            fl.y -= h + 6
        elif kind == "note":
            cv.setFont(font, 8.5)
            cv.drawString(x0, fl.y, item[1])
            fl.y -= lead
        elif kind == "sign":
            lines = item[1]
            fl.need(len(lines) * lead + 60)
            fl.y -= 12
            for s in lines:
                cv.setFont(font, size)
                cv.drawString(345, fl.y, s)
                fl.y -= 36 if s == "" else lead
    flush()
    fl.finish()


def _box_script(c: Shown) -> list[Item]:
    return fpkpa_script(c, "box16", num_plain, titles=FPKPA_TITLES, signer=LOTIM_SIGN)


# --- documents ----------------------------------------------------------------------------


def documents() -> list[Any]:
    """The wave-16 held-out documents."""
    from tests.independent.build import HeldOut

    return [
        HeldOut(
            "fs3-magelang-rule-columns-glyph-radio.pdf",
            "fs3",
            lambda p: render_pdf_rule_columns(_rule_script(FS3_MAGELANG), p),
            expected(FS3_MAGELANG),
            note="born-digital A4: a narrow left column of sentence-case labels (no item "
            "numbers; group sub-items indented, the group's name bold on its own row) and a "
            "wide right value column split by a vertical rule, a light rule under every row; "
            "blocks under grey bars titled 'Informasi penyelenggara', 'Penanggung jawab', "
            "'Jenis survei' ...; options as text glyphs '◯ Satu kali     ⬤ Berulang' "
            "wrapped over lines in the value column; variable and schedule tables ruled "
            "inside the value column with their label alone on the left; dd/mm/yyyy dates; "
            "the manager's title wrapped over two lines; the person's fax left empty",
        ),
        HeldOut(
            "fpkpa-kkp-word-numbered-strike.docx",
            "fp-kpa",
            lambda p: render_docx_numbered_strike(
                fpkpa_script(FPKPA_KKP, "para16", num_plain, titles=FPKPA_TITLES, signer=KKP_SIGN),
                p,
            ),
            expected(FPKPA_KKP),
            note="ministry directorate's Word form: three centred letterhead lines, a ruled "
            "cover table 'Nomor formulir | FP-KPA/PSDI/2026/004', 'Tanggal | 22 Desember "
            "2025' before the title; block headings 'A. INSTANSI PENYELENGGARA' .. 'G. "
            "...'; items as hanging-indent paragraphs numbered 1..n through the whole form "
            "('12. Penanggung jawab teknis:' then 'a) Nama: ...'), each 'Label: value' in "
            "one paragraph; options on one line joined by ' / ', the chosen wording bold, "
            "every other struck through (w:strike); variables and schedule as Word tables "
            "under their numbered paragraph; all Indonesia, so the region item is empty; "
            "the organiser's name wraps",
        ),
        HeldOut(
            "fs3-kendari-typed-ticks-crease-scan.tif",
            "fs3",
            lambda p: R.scan_to_tiff(
                lambda pdf: render_pdf_typed_ticks(
                    fs3_script(
                        FS3_KENDARI, "type16", num_r, titles=FS3_TITLES_CAPS, signer=KENDARI_SIGN
                    ),
                    pdf,
                ),
                p,
                angle=-0.5,
                noise=6.5,
            ),
            expected(FS3_KENDARI),
            note="printed form with 'R.1.1' numbers, ruled block headings between two "
            "lines, sans-serif labels and ':' column, filled on a typewriter (monospace "
            "values, wrapped where long); a box before every option, the chosen ones ticked "
            "with a drawn pen stroke (dark blue-black lines, no glyph); a fold crease (grey "
            "band and hairline) across the middle of every page, crossing whatever text is "
            "there; scanned at 300 dpi to a grey TIFF, -0.5 degrees; one-off survey with the "
            "frequency boxes all empty, no fax anywhere, quota sample so block VI printed "
            "with its labels and '(tidak diisi, sampel nonprobabilitas)' typed once",
        ),
        HeldOut(
            "surat-jembrana-perumda-logo-right.pdf",
            "surat_pengantar",
            render_letter_perumda,
            LETTER_JEMBRANA_FIELDS,
            note="regional water company (PERUMDA Air Minum): three-line letterhead left-"
            "aligned with a round blue logo at the right, thick-thin rule; the date 'Negara, "
            "9 Maret 2026' at the top right above 'Kepada Yth.' / 'Kepala Badan Pusat "
            "Statistik' / 'Kabupaten Jembrana' / 'di -' / 'Negara'; Nomor/Lampiran/Perihal "
            "at the left level with 'Kepada Yth.', Perihal bold over three lines; body "
            "names the company in mixed case; signature 'Hormat kami,' over the company "
            "name in capitals, 'Direktur Utama,', scribble, underlined bold name and 'NPP. "
            "1978.03.112' (no NIP); tembusan",
        ),
        HeldOut(
            "fpkpa-lotim-question-boxes.pdf",
            "fp-kpa",
            lambda p: render_pdf_question_boxes(_box_script(FPKPA_LOTIM), p),
            expected(FPKPA_LOTIM),
            note="questionnaire-like FP-KPA: every item in its own ruled box numbered "
            "'P01.'..'Pnn.' (the form's '1.2.3' numbers not printed), the question in small "
            "bold at the top, a dashed line across the box and the answer under it; options "
            "as drawn boxes with a ✓ glyph in the chosen ones; consecutive two-option items "
            "(Ya/Tidak, Satu kali/Berulang) paired as two half-width boxes on one row; "
            "persons as an underlined sub-title over their boxes; block titles white on a "
            "dark band 'BAGIAN I  INSTANSI PENYELENGGARA'; variable and schedule tables "
            "inside a box; no fax (empty answer boxes)",
        ),
    ]
