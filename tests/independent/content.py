"""Content of the held-out documents: activities, agencies and people nobody here used.

Written independently of ``samples/`` (no import from it, none of its wordings on
purpose): each activity is a dict of FORMS.md keys to ``(printed text, expected value)``.
Option keys hold the expected code(s); the layouts print the option lists themselves.
"""

from __future__ import annotations

from typing import Any

#: key -> (printed text, expected value). None as printed text: not printed at all.
Shown = dict[str, tuple[str | None, Any]]

FS3_SLEMAN: Shown = {
    "judul": (
        "Survei Perilaku Hidup Bersih dan Sehat (PHBS) Tatanan Rumah Tangga Kabupaten "
        "Sleman Tahun 2026",
        "Survei Perilaku Hidup Bersih dan Sehat (PHBS) Tatanan Rumah Tangga Kabupaten "
        "Sleman Tahun 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Kesehatan Kabupaten Sleman",
        "Dinas Kesehatan Kabupaten Sleman",
    ),
    "penyelenggara.alamat": (
        "Jl. Dr. Rajimin, Sucen, Triharjo, Kapanewon Sleman",
        "Jl. Dr. Rajimin, Sucen, Triharjo, Kapanewon Sleman",
    ),
    "penyelenggara.kabupaten_kota": ("Kabupaten Sleman", "3404"),
    "penyelenggara.provinsi": ("Daerah Istimewa Yogyakarta", "34"),
    "penyelenggara.telepon": ("(0274) 868409", "+62274868409"),
    "penyelenggara.faks": ("(0274) 868945", "+62274868945"),
    "penyelenggara.email": ("dinkes@slemankab.go.id", "dinkes@slemankab.go.id"),
    "penanggung_jawab.nama": ("dr. Cahya Purnama, M.Kes.", "dr. Cahya Purnama, M.Kes."),
    "penanggung_jawab.jabatan": ("Kepala Dinas Kesehatan", "Kepala Dinas Kesehatan"),
    "penanggung_jawab.telepon": ("0811-2654-321", "+628112654321"),
    "penanggung_jawab.email": ("cahya.purnama@slemankab.go.id", "cahya.purnama@slemankab.go.id"),
    "manajer.nama": ("Sri Wahyuni Lestari, S.K.M., M.P.H.", "Sri Wahyuni Lestari, S.K.M., M.P.H."),
    "manajer.jabatan": (
        "Kepala Bidang Kesehatan Masyarakat",
        "Kepala Bidang Kesehatan Masyarakat",
    ),
    "manajer.alamat": (
        "Jl. Dr. Rajimin, Sucen, Triharjo, Kapanewon Sleman",
        "Jl. Dr. Rajimin, Sucen, Triharjo, Kapanewon Sleman",
    ),
    "manajer.telepon": ("0813-9277-1045", "+6281392771045"),
    "manajer.email": ("kesmas.dinkes@slemankab.go.id", "kesmas.dinkes@slemankab.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": (
        "Memperoleh gambaran capaian indikator Perilaku Hidup Bersih dan Sehat pada tatanan "
        "rumah tangga sampai tingkat kapanewon sebagai bahan perencanaan program promosi "
        "kesehatan dan evaluasi Standar Pelayanan Minimal bidang kesehatan.",
        "Memperoleh gambaran capaian indikator Perilaku Hidup Bersih dan Sehat pada tatanan "
        "rumah tangga sampai tingkat kapanewon sebagai bahan perencanaan program promosi "
        "kesehatan dan evaluasi Standar Pelayanan Minimal bidang kesehatan.",
    ),
    "variabel": (
        None,
        [
            {
                "nama": "Persalinan ditolong tenaga kesehatan",
                "referensi_waktu": "Satu tahun terakhir",
            },
            {"nama": "Pemberian ASI eksklusif", "referensi_waktu": "Enam bulan terakhir"},
            {"nama": "Penggunaan air bersih", "referensi_waktu": "Saat pencacahan"},
            {
                "nama": "Kebiasaan mencuci tangan pakai sabun",
                "referensi_waktu": "Seminggu terakhir",
            },
            {"nama": "Penggunaan jamban sehat", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Anggota rumah tangga merokok", "referensi_waktu": "Sebulan terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Sleman", ["3404"]),
    "metode_pengumpulan": (None, ["observasi", "wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "stratifikasi"),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("6 orang", 6),
    "jumlah_enumerator": ("30 orang", 30),
    "rancangan_sampel": (None, "multi_tahap"),
    "kerangka_sampel": (
        "Daftar rumah tangga hasil Pendataan Keluarga 2025 menurut padukuhan",
        "Daftar rumah tangga hasil Pendataan Keluarga 2025 menurut padukuhan",
    ),
    "fraksi_sampel": ("1,2 persen rumah tangga", "1,2 persen rumah tangga"),
    "unit_sampel": ("Rumah tangga", "Rumah tangga"),
    "jumlah_sampel": ("1.680 rumah tangga", 1680),
    "sampling_error": (
        "Relative standard error di bawah 25 persen untuk indikator utama",
        "Relative standard error di bawah 25 persen untuk indikator utama",
    ),
    "responden": (
        "Ibu rumah tangga atau anggota rumah tangga berumur 18 tahun ke atas",
        "Ibu rumah tangga atau anggota rumah tangga berumur 18 tahun ke atas",
    ),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota", "kecamatan"]),
    "metode_analisis": (None, "keduanya"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("2 Februari 2026", "27 Februari 2026"), ("2026-02-02", "2026-02-27")),
    "jadwal.lapangan": (("2 Maret 2026", "30 April 2026"), ("2026-03-02", "2026-04-30")),
    "jadwal.pengolahan": (("4 Mei 2026", "12 Juni 2026"), ("2026-05-04", "2026-06-12")),
    "jadwal.analisis": (("15 Juni 2026", "31 Juli 2026"), ("2026-06-15", "2026-07-31")),
    "jadwal.diseminasi": (("3 Agustus 2026", "30 September 2026"), ("2026-08-03", "2026-09-30")),
    "tanggal_rilis": ("14 Agustus 2026", "2026-08-14"),
}

FS3_PADANG: Shown = {
    "judul": (
        "Sensus Pedagang Pasar Rakyat Kota Padang 2026",
        "Sensus Pedagang Pasar Rakyat Kota Padang 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Perdagangan Kota Padang",
        "Dinas Perdagangan Kota Padang",
    ),
    "penyelenggara.alamat": (
        "Jl. Bagindo Aziz Chan No. 1, Aie Pacah, Koto Tangah",
        "Jl. Bagindo Aziz Chan No. 1, Aie Pacah, Koto Tangah",
    ),
    "penyelenggara.kabupaten_kota": ("Kota Padang", "1371"),
    "penyelenggara.provinsi": ("Sumatera Barat", "13"),
    "penyelenggara.telepon": ("0751-4640800", "+627514640800"),
    "penyelenggara.email": ("dinasperdagangan@padang.go.id", "dinasperdagangan@padang.go.id"),
    "penanggung_jawab.nama": ("Ir. Yudi Hendrawan, M.M.", "Ir. Yudi Hendrawan, M.M."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Perdagangan Kota Padang",
        "Kepala Dinas Perdagangan Kota Padang",
    ),
    "penanggung_jawab.telepon": ("0812 6611 2043", "+6281266112043"),
    "penanggung_jawab.faks": ("0751-4640801", "+627514640801"),
    "penanggung_jawab.email": ("yudi.hendrawan@padang.go.id", "yudi.hendrawan@padang.go.id"),
    "manajer.nama": ("Rina Oktaviani, S.E.", "Rina Oktaviani, S.E."),
    "manajer.jabatan": (
        "Kepala Bidang Pengelolaan Pasar",
        "Kepala Bidang Pengelolaan Pasar",
    ),
    "manajer.alamat": (
        "Jl. Bagindo Aziz Chan No. 1, Aie Pacah, Koto Tangah, Padang",
        "Jl. Bagindo Aziz Chan No. 1, Aie Pacah, Koto Tangah, Padang",
    ),
    "manajer.telepon": ("0852 6302 7719", "+6285263027719"),
    "manajer.email": ("rina.oktaviani@padang.go.id", "rina.oktaviani@padang.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": (
        "Mendata seluruh pedagang di 14 pasar rakyat milik Pemerintah Kota Padang untuk "
        "menyusun basis data pedagang, menetapkan retribusi secara adil, dan merencanakan "
        "revitalisasi pasar.",
        "Mendata seluruh pedagang di 14 pasar rakyat milik Pemerintah Kota Padang untuk "
        "menyusun basis data pedagang, menetapkan retribusi secara adil, dan merencanakan "
        "revitalisasi pasar.",
    ),
    "variabel": (
        None,
        [
            {"nama": "Jenis barang dagangan", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Status kepemilikan kios atau los", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Lama berdagang", "referensi_waktu": "Saat pencacahan"},
            {"nama": "Omzet rata-rata per hari", "referensi_waktu": "Sebulan terakhir"},
        ],
    ),
    "cara_pengumpulan": (None, "sensus"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Padang", ["1371"]),
    "metode_pengumpulan": (None, ["wawancara"]),
    "uji_coba": (None, False),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("5", 5),
    "jumlah_enumerator": ("25", 25),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("05-01-2026", "30-01-2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.lapangan": (("02-02-2026", "27-02-2026"), ("2026-02-02", "2026-02-27")),
    "jadwal.pengolahan": (("02-03-2026", "31-03-2026"), ("2026-03-02", "2026-03-31")),
    "jadwal.analisis": (("01-04-2026", "30-04-2026"), ("2026-04-01", "2026-04-30")),
    "jadwal.diseminasi": (("04-05-2026", "29-05-2026"), ("2026-05-04", "2026-05-29")),
    "tanggal_rilis": ("18-05-2026", "2026-05-18"),
}

#: A provincial agency (no kabupaten/kota), a non-probability sample, several regions.
#: Planted defect: more supervisors than enumerators (FS3-R5-11).
FS3_BALI: Shown = {
    "judul": (
        "Survei Kepuasan Wisatawan Nusantara di Destinasi Unggulan Bali 2026",
        "Survei Kepuasan Wisatawan Nusantara di Destinasi Unggulan Bali 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": ("Dinas Pariwisata Provinsi Bali", "Dinas Pariwisata Provinsi Bali"),
    "penyelenggara.alamat": (
        "Jl. S. Parman, Niti Mandala Renon, Denpasar",
        "Jl. S. Parman, Niti Mandala Renon, Denpasar",
    ),
    "penyelenggara.provinsi": ("Bali", "51"),
    "penyelenggara.telepon": ("(0361) 222387", "+62361222387"),
    "penyelenggara.faks": ("(0361) 226313", "+62361226313"),
    "penyelenggara.email": ("disparda@baliprov.go.id", "disparda@baliprov.go.id"),
    "penanggung_jawab.nama": ("Ni Made Suartini, S.Par., M.Si.", "Ni Made Suartini, S.Par., M.Si."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Pariwisata Provinsi Bali",
        "Kepala Dinas Pariwisata Provinsi Bali",
    ),
    "penanggung_jawab.telepon": ("081337455120", "+6281337455120"),
    "penanggung_jawab.email": ("made.suartini@baliprov.go.id", "made.suartini@baliprov.go.id"),
    "manajer.nama": ("I Gede Wirawan, S.ST.", "I Gede Wirawan, S.ST."),
    "manajer.jabatan": (
        "Analis Kebijakan Ahli Muda Bidang Destinasi",
        "Analis Kebijakan Ahli Muda Bidang Destinasi",
    ),
    "manajer.alamat": (
        "Jl. S. Parman, Niti Mandala Renon, Denpasar",
        "Jl. S. Parman, Niti Mandala Renon, Denpasar",
    ),
    "manajer.telepon": ("081999320471", "+6281999320471"),
    "manajer.email": ("gede.wirawan@baliprov.go.id", "gede.wirawan@baliprov.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "semesteran"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": (
        "Mengukur tingkat kepuasan wisatawan nusantara terhadap atraksi, amenitas dan "
        "aksesibilitas di destinasi unggulan sebagai masukan penyusunan rencana aksi "
        "peningkatan kualitas layanan pariwisata daerah.",
        "Mengukur tingkat kepuasan wisatawan nusantara terhadap atraksi, amenitas dan "
        "aksesibilitas di destinasi unggulan sebagai masukan penyusunan rencana aksi "
        "peningkatan kualitas layanan pariwisata daerah.",
    ),
    "variabel": (
        None,
        [
            {"nama": "Daerah asal wisatawan", "referensi_waktu": "Saat wawancara"},
            {"nama": "Lama tinggal", "referensi_waktu": "Kunjungan saat ini"},
            {"nama": "Pengeluaran selama berwisata", "referensi_waktu": "Kunjungan saat ini"},
            {
                "nama": "Kepuasan terhadap kebersihan destinasi",
                "referensi_waktu": "Kunjungan saat ini",
            },
            {"nama": "Niat berkunjung kembali", "referensi_waktu": "Saat wawancara"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": (
        "Kabupaten Badung, Kabupaten Gianyar dan Kota Denpasar",
        ["5103", "5104", "5171"],
    ),
    "metode_pengumpulan": (None, ["swacacah", "wawancara"]),
    "metode_sampel": (None, "nonprobabilitas"),
    "metode_pemilihan": (None, "aksidental"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sarjana"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("12", 12),
    "jumlah_enumerator": ("9", 9),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, False),
    "tingkat_estimasi": (None, ["lainnya"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, False),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("12/1/2026", "13/2/2026"), ("2026-01-12", "2026-02-13")),
    "jadwal.lapangan": (("2/3/2026", "30/6/2026"), ("2026-03-02", "2026-06-30")),
    "jadwal.pengolahan": (("1/7/2026", "31/7/2026"), ("2026-07-01", "2026-07-31")),
    "jadwal.analisis": (("3/8/2026", "28/8/2026"), ("2026-08-03", "2026-08-28")),
    "jadwal.diseminasi": (("1/9/2026", "30/9/2026"), ("2026-09-01", "2026-09-30")),
    "tanggal_rilis": ("15/9/2026", "2026-09-15"),
}

FPKPA_PONTIANAK: Shown = {
    "judul": (
        "Kompilasi Data Pelayanan Administrasi Kependudukan Kota Pontianak 2026",
        "Kompilasi Data Pelayanan Administrasi Kependudukan Kota Pontianak 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak",
        "Dinas Kependudukan dan Pencatatan Sipil Kota Pontianak",
    ),
    "penyelenggara.alamat": (
        "Jl. Letjen Sutoyo No. 9, Pontianak Selatan",
        "Jl. Letjen Sutoyo No. 9, Pontianak Selatan",
    ),
    "penyelenggara.kabupaten_kota": ("Kota Pontianak", "6171"),
    "penyelenggara.provinsi": ("Kalimantan Barat", "61"),
    "penyelenggara.telepon": ("(0561) 734712", "+62561734712"),
    "penyelenggara.email": ("disdukcapil@pontianak.go.id", "disdukcapil@pontianak.go.id"),
    "penanggung_jawab.nama": ("Erma Suryani, S.Sos., M.Si.", "Erma Suryani, S.Sos., M.Si."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
    ),
    "penanggung_jawab.alamat": (
        "Jl. Letjen Sutoyo No. 9, Pontianak Selatan",
        "Jl. Letjen Sutoyo No. 9, Pontianak Selatan",
    ),
    "penanggung_jawab.telepon": ("0812-5790-3341", "+6281257903341"),
    "penanggung_jawab.email": ("erma.suryani@pontianak.go.id", "erma.suryani@pontianak.go.id"),
    "pj_teknis.nama": ("Hendra Saputra, S.Kom.", "Hendra Saputra, S.Kom."),
    "pj_teknis.jabatan": (
        "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan",
        "Kepala Bidang Pengelolaan Informasi Administrasi Kependudukan",
    ),
    "pj_teknis.alamat": (
        "Jl. Letjen Sutoyo No. 9, Pontianak Selatan",
        "Jl. Letjen Sutoyo No. 9, Pontianak Selatan",
    ),
    "pj_teknis.telepon": ("0821-5400-7788", "+6282154007788"),
    "pj_teknis.email": ("piak.disdukcapil@pontianak.go.id", "piak.disdukcapil@pontianak.go.id"),
    "tujuan": (
        "Menyajikan data jumlah pelayanan dokumen kependudukan per kecamatan sebagai dasar "
        "evaluasi kinerja pelayanan dan perencanaan kebutuhan blangko KTP elektronik.",
        "Menyajikan data jumlah pelayanan dokumen kependudukan per kecamatan sebagai dasar "
        "evaluasi kinerja pelayanan dan perencanaan kebutuhan blangko KTP elektronik.",
    ),
    "jadwal.perencanaan": (("5 Januari 2026", "16 Januari 2026"), ("2026-01-05", "2026-01-16")),
    "jadwal.pengumpulan": (("19 Januari 2026", "31 Juli 2026"), ("2026-01-19", "2026-07-31")),
    "jadwal.pengolahan": (("3 Agustus 2026", "21 Agustus 2026"), ("2026-08-03", "2026-08-21")),
    "jadwal.analisis": (("24 Agustus 2026", "11 September 2026"), ("2026-08-24", "2026-09-11")),
    "jadwal.diseminasi": (("14 September 2026", "30 Oktober 2026"), ("2026-09-14", "2026-10-30")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah KTP elektronik yang dicetak",
                "referensi_waktu": "Bulanan",
                "sumber": "SIAK",
            },
            {
                "nama": "Jumlah akta kelahiran yang diterbitkan",
                "referensi_waktu": "Bulanan",
                "sumber": "Register akta kelahiran",
            },
            {
                "nama": "Jumlah kartu keluarga yang diterbitkan",
                "referensi_waktu": "Bulanan",
                "sumber": "SIAK",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "semesteran"),
    "jenis_data": (
        "Data register pelayanan dokumen kependudukan",
        "Data register pelayanan dokumen kependudukan",
    ),
    "metode_pengumpulan": (
        "Penarikan data dari basis data SIAK dan rekapitulasi register manual",
        "Penarikan data dari basis data SIAK dan rekapitulasi register manual",
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Pontianak", ["6171"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "jumlah_supervisor": ("2 orang", 2),
    "jumlah_enumerator": ("8 orang", 8),
    "pelatihan": (None, False),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["individu", "rumah_tangga"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("30 September 2026", "2026-09-30"),
}

#: A central body: all Indonesia, no kabupaten/kota, no wilayah.
FPKPA_KEMENTAN: Shown = {
    "judul": (
        "Kompilasi Data Luas Tanam dan Produksi Tanaman Perkebunan Rakyat 2026",
        "Kompilasi Data Luas Tanam dan Produksi Tanaman Perkebunan Rakyat 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Direktorat Jenderal Perkebunan, Kementerian Pertanian",
        "Direktorat Jenderal Perkebunan, Kementerian Pertanian",
    ),
    "penyelenggara.alamat": (
        "Jl. Harsono RM No. 3, Gedung C, Ragunan, Pasar Minggu",
        "Jl. Harsono RM No. 3, Gedung C, Ragunan, Pasar Minggu",
    ),
    "penyelenggara.provinsi": ("DKI Jakarta", "31"),
    "penyelenggara.telepon": ("(021) 7815380", "+62217815380"),
    "penyelenggara.faks": ("(021) 7815586", "+62217815586"),
    "penyelenggara.email": ("datin.ditjenbun@pertanian.go.id", "datin.ditjenbun@pertanian.go.id"),
    "penanggung_jawab.nama": (
        "Dr. Ir. Bambang Sugiharto, M.Sc.",
        "Dr. Ir. Bambang Sugiharto, M.Sc.",
    ),
    "penanggung_jawab.jabatan": (
        "Sekretaris Direktorat Jenderal Perkebunan",
        "Sekretaris Direktorat Jenderal Perkebunan",
    ),
    "penanggung_jawab.alamat": (
        "Jl. Harsono RM No. 3, Gedung C, Ragunan, Pasar Minggu",
        "Jl. Harsono RM No. 3, Gedung C, Ragunan, Pasar Minggu",
    ),
    "penanggung_jawab.telepon": ("(021) 7815380", "+62217815380"),
    "penanggung_jawab.faks": ("(021) 7815586", "+62217815586"),
    "penanggung_jawab.email": ("setditjenbun@pertanian.go.id", "setditjenbun@pertanian.go.id"),
    "pj_teknis.nama": ("Yuliana Pratiwi, S.Si., M.Stat.", "Yuliana Pratiwi, S.Si., M.Stat."),
    "pj_teknis.jabatan": ("Statistisi Ahli Madya", "Statistisi Ahli Madya"),
    "pj_teknis.alamat": (
        "Jl. Harsono RM No. 3, Gedung C, Ragunan, Pasar Minggu",
        "Jl. Harsono RM No. 3, Gedung C, Ragunan, Pasar Minggu",
    ),
    "pj_teknis.telepon": ("0813-1122-9054", "+6281311229054"),
    "pj_teknis.email": ("yuliana.pratiwi@pertanian.go.id", "yuliana.pratiwi@pertanian.go.id"),
    "tujuan": (
        "Menghimpun data luas tanam, luas panen dan produksi komoditas perkebunan rakyat "
        "dari laporan dinas provinsi untuk penyusunan Statistik Perkebunan Indonesia dan "
        "perencanaan program peremajaan kebun.",
        "Menghimpun data luas tanam, luas panen dan produksi komoditas perkebunan rakyat "
        "dari laporan dinas provinsi untuk penyusunan Statistik Perkebunan Indonesia dan "
        "perencanaan program peremajaan kebun.",
    ),
    "jadwal.perencanaan": (("2026-01-05", "2026-01-30"), ("2026-01-05", "2026-01-30")),
    "jadwal.pengumpulan": (("2026-02-02", "2026-11-30"), ("2026-02-02", "2026-11-30")),
    "jadwal.pengolahan": (("2026-03-02", "2026-12-11"), ("2026-03-02", "2026-12-11")),
    "jadwal.analisis": (("2026-03-16", "2026-12-18"), ("2026-03-16", "2026-12-18")),
    "jadwal.diseminasi": (("2026-04-01", "2026-12-30"), ("2026-04-01", "2026-12-30")),
    "variabel": (
        None,
        [
            {"nama": "Luas tanam", "referensi_waktu": "Triwulan", "sumber": "Laporan SIPERIBUN"},
            {"nama": "Luas panen", "referensi_waktu": "Triwulan", "sumber": "Laporan SIPERIBUN"},
            {"nama": "Produksi", "referensi_waktu": "Triwulan", "sumber": "Laporan SIPERIBUN"},
            {
                "nama": "Jumlah petani pekebun",
                "referensi_waktu": "Tahunan",
                "sumber": "Data dinas provinsi",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "triwulanan"),
    "jenis_data": ("Laporan berkala dinas provinsi", "Laporan berkala dinas provinsi"),
    "metode_pengumpulan": (
        "Pelaporan daring melalui aplikasi SIPERIBUN",
        "Pelaporan daring melalui aplikasi SIPERIBUN",
    ),
    "cakupan_wilayah": (None, "seluruh_indonesia"),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("34", 34),
    "jumlah_enumerator": ("514", 514),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["usaha"]),
    "tingkat_penyajian": (None, ["nasional", "provinsi"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("2026-12-30", "2026-12-30"),
}

#: Planted defect: release date before the end of analysis (FPKPA-B7-06).
FPKPA_BANYUMAS: Shown = {
    "judul": (
        "Kompilasi Data Harga Produsen Gabah dan Beras Kabupaten Banyumas",
        "Kompilasi Data Harga Produsen Gabah dan Beras Kabupaten Banyumas",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Pertanian dan Ketahanan Pangan Kabupaten Banyumas",
        "Dinas Pertanian dan Ketahanan Pangan Kabupaten Banyumas",
    ),
    "penyelenggara.alamat": (
        "Jl. Prof. Dr. Soeharso No. 45, Purwokerto",
        "Jl. Prof. Dr. Soeharso No. 45, Purwokerto",
    ),
    "penyelenggara.kabupaten_kota": ("Kab. Banyumas", "3302"),
    "penyelenggara.provinsi": ("Jawa Tengah", "33"),
    "penyelenggara.telepon": ("(0281) 635012", "+62281635012"),
    "penyelenggara.email": ("dinpertan@banyumaskab.go.id", "dinpertan@banyumaskab.go.id"),
    "penanggung_jawab.nama": ("Ir. Joko Wiyono, M.P.", "Ir. Joko Wiyono, M.P."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Pertanian dan Ketahanan Pangan",
        "Kepala Dinas Pertanian dan Ketahanan Pangan",
    ),
    "penanggung_jawab.alamat": (
        "Jl. Prof. Dr. Soeharso No. 45, Purwokerto",
        "Jl. Prof. Dr. Soeharso No. 45, Purwokerto",
    ),
    "penanggung_jawab.telepon": ("0812-2745-6610", "+6281227456610"),
    "penanggung_jawab.email": ("joko.wiyono@banyumaskab.go.id", "joko.wiyono@banyumaskab.go.id"),
    "pj_teknis.nama": ("Dwi Astuti Rahayu, S.P.", "Dwi Astuti Rahayu, S.P."),
    "pj_teknis.jabatan": (
        "Kepala Seksi Distribusi dan Harga Pangan",
        "Kepala Seksi Distribusi dan Harga Pangan",
    ),
    "pj_teknis.alamat": (
        "Jl. Prof. Dr. Soeharso No. 45, Purwokerto",
        "Jl. Prof. Dr. Soeharso No. 45, Purwokerto",
    ),
    "pj_teknis.telepon": ("0857-2633-1908", "+6285726331908"),
    "pj_teknis.email": ("dwi.astuti@banyumaskab.go.id", "dwi.astuti@banyumaskab.go.id"),
    "tujuan": (
        "Memantau perkembangan harga gabah dan beras di tingkat produsen setiap bulan "
        "sebagai dasar kebijakan stabilisasi harga pangan daerah.",
        "Memantau perkembangan harga gabah dan beras di tingkat produsen setiap bulan "
        "sebagai dasar kebijakan stabilisasi harga pangan daerah.",
    ),
    "jadwal.perencanaan": (("02/01/2026", "16/01/2026"), ("2026-01-02", "2026-01-16")),
    "jadwal.pengumpulan": (("19/01/2026", "18/12/2026"), ("2026-01-19", "2026-12-18")),
    "jadwal.pengolahan": (("26/01/2026", "22/12/2026"), ("2026-01-26", "2026-12-22")),
    "jadwal.analisis": (("02/02/2026", "29/12/2026"), ("2026-02-02", "2026-12-29")),
    "jadwal.diseminasi": (("09/02/2026", "31/12/2026"), ("2026-02-09", "2026-12-31")),
    "variabel": (
        None,
        [
            {
                "nama": "Harga gabah kering panen",
                "referensi_waktu": "Minggu ketiga setiap bulan",
                "sumber": "Laporan penyuluh pertanian",
            },
            {
                "nama": "Harga beras medium",
                "referensi_waktu": "Minggu ketiga setiap bulan",
                "sumber": "Laporan penggilingan padi",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": ("Laporan harga dari penyuluh", "Laporan harga dari penyuluh"),
    "metode_pengumpulan": (
        "Rekapitulasi laporan bulanan Balai Penyuluhan Pertanian",
        "Rekapitulasi laporan bulanan Balai Penyuluhan Pertanian",
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Banyumas", ["3302"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "jumlah_supervisor": ("3", 3),
    "jumlah_enumerator": ("27", 27),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["usaha"]),
    "tingkat_penyajian": (None, ["kabupaten_kota"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, False),
    "tanggal_rilis": ("15/12/2026", "2026-12-15"),
}


def expected(shown: Shown) -> dict[str, Any]:
    """FORMS.md fields of an activity (jadwal pairs split into mulai/selesai)."""
    out: dict[str, Any] = {}
    for key, (_, value) in shown.items():
        if key.startswith("jadwal."):
            out[f"{key}.mulai"], out[f"{key}.selesai"] = value
        else:
            out[key] = value
    return out


# Tenth wave: four more activities from offices not used above.

#: A regency survey with a probability sample (block VI filled), schedule in month names.
FS3_GOWA: Shown = {
    "judul": (
        "Survei Ketahanan Pangan Rumah Tangga Kabupaten Gowa Tahun 2026",
        "Survei Ketahanan Pangan Rumah Tangga Kabupaten Gowa Tahun 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Ketahanan Pangan Kabupaten Gowa",
        "Dinas Ketahanan Pangan Kabupaten Gowa",
    ),
    "penyelenggara.alamat": (
        "Jl. Masjid Raya No. 30, Sungguminasa, Kecamatan Somba Opu",
        "Jl. Masjid Raya No. 30, Sungguminasa, Kecamatan Somba Opu",
    ),
    "penyelenggara.kabupaten_kota": ("Kabupaten Gowa", "7306"),
    "penyelenggara.provinsi": ("Sulawesi Selatan", "73"),
    "penyelenggara.telepon": ("(0411) 861547", "+62411861547"),
    "penyelenggara.email": ("dkp@gowakab.go.id", "dkp@gowakab.go.id"),
    "penanggung_jawab.nama": ("Ir. Andi Sulaiman Mappe, M.Si.", "Ir. Andi Sulaiman Mappe, M.Si."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Ketahanan Pangan Kabupaten Gowa",
        "Kepala Dinas Ketahanan Pangan Kabupaten Gowa",
    ),
    "penanggung_jawab.telepon": ("0811-4120-336", "+628114120336"),
    "penanggung_jawab.email": ("andi.sulaiman@gowakab.go.id", "andi.sulaiman@gowakab.go.id"),
    "manajer.nama": ("Nurhayati Baso, S.P., M.Si.", "Nurhayati Baso, S.P., M.Si."),
    "manajer.jabatan": (
        "Kepala Bidang Konsumsi dan Keamanan Pangan",
        "Kepala Bidang Konsumsi dan Keamanan Pangan",
    ),
    "manajer.alamat": (
        "Jl. Masjid Raya No. 30, Sungguminasa, Kecamatan Somba Opu",
        "Jl. Masjid Raya No. 30, Sungguminasa, Kecamatan Somba Opu",
    ),
    "manajer.telepon": ("0852-4233-7810", "+6285242337810"),
    "manajer.email": ("nurhayati.baso@gowakab.go.id", "nurhayati.baso@gowakab.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": (
        "Mengukur tingkat ketahanan pangan rumah tangga, pola konsumsi dan skor Pola Pangan "
        "Harapan di setiap kecamatan sebagai dasar penetapan desa rawan pangan dan sasaran "
        "program bantuan pangan daerah.",
        "Mengukur tingkat ketahanan pangan rumah tangga, pola konsumsi dan skor Pola Pangan "
        "Harapan di setiap kecamatan sebagai dasar penetapan desa rawan pangan dan sasaran "
        "program bantuan pangan daerah.",
    ),
    "variabel": (
        None,
        [
            {"nama": "Pengeluaran pangan rumah tangga", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Konsumsi beras dan umbi-umbian", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Konsumsi protein hewani", "referensi_waktu": "Seminggu terakhir"},
            {"nama": "Pengalaman kekurangan makanan", "referensi_waktu": "Setahun terakhir"},
            {"nama": "Kepemilikan lahan pekarangan", "referensi_waktu": "Saat pencacahan"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Gowa", ["7306"]),
    "metode_pengumpulan": (None, ["wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "pps"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("9 orang", 9),
    "jumlah_enumerator": ("36 orang", 36),
    "rancangan_sampel": (None, "multi_tahap"),
    "kerangka_sampel": (
        "Daftar desa/kelurahan dan daftar rumah tangga hasil pemutakhiran DTKS 2025",
        "Daftar desa/kelurahan dan daftar rumah tangga hasil pemutakhiran DTKS 2025",
    ),
    "fraksi_sampel": ("0,9 persen rumah tangga", "0,9 persen rumah tangga"),
    "unit_sampel": ("Rumah tangga", "Rumah tangga"),
    "jumlah_sampel": ("2.160 rumah tangga", 2160),
    "sampling_error": (
        "Margin of error 5 persen pada tingkat kepercayaan 95 persen",
        "Margin of error 5 persen pada tingkat kepercayaan 95 persen",
    ),
    "responden": (
        "Kepala rumah tangga atau pengelola makanan rumah tangga",
        "Kepala rumah tangga atau pengelola makanan rumah tangga",
    ),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota", "kecamatan"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("14 Januari 2026", "27 Februari 2026"), ("2026-01-14", "2026-02-27")),
    "jadwal.lapangan": (("9 Maret 2026", "30 April 2026"), ("2026-03-09", "2026-04-30")),
    "jadwal.pengolahan": (("4 Mei 2026", "19 Juni 2026"), ("2026-05-04", "2026-06-19")),
    "jadwal.analisis": (("22 Juni 2026", "31 Juli 2026"), ("2026-06-22", "2026-07-31")),
    "jadwal.diseminasi": (("3 Agustus 2026", "30 Oktober 2026"), ("2026-08-03", "2026-10-30")),
    "tanggal_rilis": ("17 September 2026", "2026-09-17"),
}

#: A provincial body (no kabupaten/kota), a one-off non-probability survey in three regions.
FS3_KALTIM: Shown = {
    "judul": (
        "Survei Asal Tujuan Perjalanan Orang Kawasan Balikpapan, Samarinda dan Kutai "
        "Kartanegara 2026",
        "Survei Asal Tujuan Perjalanan Orang Kawasan Balikpapan, Samarinda dan Kutai "
        "Kartanegara 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Perhubungan Provinsi Kalimantan Timur",
        "Dinas Perhubungan Provinsi Kalimantan Timur",
    ),
    "penyelenggara.alamat": (
        "Jl. Kesuma Bangsa No. 2, Samarinda",
        "Jl. Kesuma Bangsa No. 2, Samarinda",
    ),
    "penyelenggara.provinsi": ("Kalimantan Timur", "64"),
    "penyelenggara.telepon": ("(0541) 743582", "+62541743582"),
    "penyelenggara.faks": ("(0541) 743581", "+62541743581"),
    "penyelenggara.email": ("dishub@kaltimprov.go.id", "dishub@kaltimprov.go.id"),
    "penanggung_jawab.nama": ("Drs. Yusliando Rahman, M.M.", "Drs. Yusliando Rahman, M.M."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Perhubungan Provinsi Kalimantan Timur",
        "Kepala Dinas Perhubungan Provinsi Kalimantan Timur",
    ),
    "penanggung_jawab.telepon": ("0812-5510-2276", "+6281255102276"),
    "penanggung_jawab.faks": ("(0541) 743581", "+62541743581"),
    "penanggung_jawab.email": (
        "yusliando.rahman@kaltimprov.go.id",
        "yusliando.rahman@kaltimprov.go.id",
    ),
    "manajer.nama": ("Rahmat Hidayat Lubis, S.T., M.T.", "Rahmat Hidayat Lubis, S.T., M.T."),
    "manajer.jabatan": (
        "Kepala Bidang Lalu Lintas dan Angkutan Jalan",
        "Kepala Bidang Lalu Lintas dan Angkutan Jalan",
    ),
    "manajer.alamat": (
        "Jl. Kesuma Bangsa No. 2, Samarinda",
        "Jl. Kesuma Bangsa No. 2, Samarinda",
    ),
    "manajer.telepon": ("0813-4721-0598", "+6281347210598"),
    "manajer.email": ("llaj.dishub@kaltimprov.go.id", "llaj.dishub@kaltimprov.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": (
        "Memperoleh matriks asal tujuan perjalanan orang antarkota di kawasan Balikpapan, "
        "Samarinda dan Kutai Kartanegara sebagai bahan penyusunan rencana induk "
        "transportasi jalan dan layanan angkutan umum provinsi.",
        "Memperoleh matriks asal tujuan perjalanan orang antarkota di kawasan Balikpapan, "
        "Samarinda dan Kutai Kartanegara sebagai bahan penyusunan rencana induk "
        "transportasi jalan dan layanan angkutan umum provinsi.",
    ),
    "variabel": (
        None,
        [
            {"nama": "Kota/kabupaten asal perjalanan", "referensi_waktu": "Perjalanan saat ini"},
            {"nama": "Kota/kabupaten tujuan perjalanan", "referensi_waktu": "Perjalanan saat ini"},
            {"nama": "Maksud perjalanan", "referensi_waktu": "Perjalanan saat ini"},
            {"nama": "Moda transportasi yang digunakan", "referensi_waktu": "Perjalanan saat ini"},
            {"nama": "Frekuensi perjalanan", "referensi_waktu": "Sebulan terakhir"},
            {"nama": "Biaya perjalanan", "referensi_waktu": "Perjalanan saat ini"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": (
        "Kota Balikpapan, Kota Samarinda, Kabupaten Kutai Kartanegara",
        ["6403", "6471", "6472"],
    ),
    "metode_pengumpulan": (None, ["observasi", "wawancara"]),
    "metode_sampel": (None, "nonprobabilitas"),
    "metode_pemilihan": (None, "kuota"),
    "uji_coba": (None, False),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "diploma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("8", 8),
    "jumlah_enumerator": ("48", 48),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["lainnya"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("02-02-2026", "13-03-2026"), ("2026-02-02", "2026-03-13")),
    "jadwal.lapangan": (("06-04-2026", "08-05-2026"), ("2026-04-06", "2026-05-08")),
    "jadwal.pengolahan": (("11-05-2026", "12-06-2026"), ("2026-05-11", "2026-06-12")),
    "jadwal.analisis": (("15-06-2026", "17-07-2026"), ("2026-06-15", "2026-07-17")),
    "jadwal.diseminasi": (("03-08-2026", "28-08-2026"), ("2026-08-03", "2026-08-28")),
    "tanggal_rilis": ("20-08-2026", "2026-08-20"),
}

#: A city compilation with abbreviated month names in the schedule.
FPKPA_SURABAYA: Shown = {
    "judul": (
        "Kompilasi Data Pengelolaan Sampah Kota Surabaya Tahun 2026",
        "Kompilasi Data Pengelolaan Sampah Kota Surabaya Tahun 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Lingkungan Hidup Kota Surabaya",
        "Dinas Lingkungan Hidup Kota Surabaya",
    ),
    "penyelenggara.alamat": (
        "Jl. Jimerto No. 25-27, Ketabang, Genteng",
        "Jl. Jimerto No. 25-27, Ketabang, Genteng",
    ),
    "penyelenggara.kabupaten_kota": ("Kota Surabaya", "3578"),
    "penyelenggara.provinsi": ("Jawa Timur", "35"),
    "penyelenggara.telepon": ("(031) 5312144", "+62315312144"),
    "penyelenggara.faks": ("(031) 5312145", "+62315312145"),
    "penyelenggara.email": ("dlh@surabaya.go.id", "dlh@surabaya.go.id"),
    "penanggung_jawab.nama": ("Ir. Agus Hebi Djuniantoro, M.T.", "Ir. Agus Hebi Djuniantoro, M.T."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Lingkungan Hidup",
        "Kepala Dinas Lingkungan Hidup",
    ),
    "penanggung_jawab.alamat": (
        "Jl. Jimerto No. 25-27, Ketabang, Genteng",
        "Jl. Jimerto No. 25-27, Ketabang, Genteng",
    ),
    "penanggung_jawab.telepon": ("0812-3077-4412", "+6281230774412"),
    "penanggung_jawab.email": ("agus.hebi@surabaya.go.id", "agus.hebi@surabaya.go.id"),
    "pj_teknis.nama": ("Lilik Setyaningsih, S.T., M.Eng.", "Lilik Setyaningsih, S.T., M.Eng."),
    "pj_teknis.jabatan": (
        "Kepala Bidang Pengelolaan Sampah dan Limbah B3",
        "Kepala Bidang Pengelolaan Sampah dan Limbah B3",
    ),
    "pj_teknis.alamat": (
        "Jl. Jimerto No. 25-27, Ketabang, Genteng",
        "Jl. Jimerto No. 25-27, Ketabang, Genteng",
    ),
    "pj_teknis.telepon": ("0838-5566-0192", "+6283855660192"),
    "pj_teknis.email": ("sampah.dlh@surabaya.go.id", "sampah.dlh@surabaya.go.id"),
    "tujuan": (
        "Menghimpun data timbulan, pengangkutan dan pengolahan sampah dari tempat "
        "penampungan sementara, rumah kompos dan TPA Benowo sebagai bahan Indeks Kualitas "
        "Lingkungan Hidup dan laporan kinerja pengelolaan sampah kota.",
        "Menghimpun data timbulan, pengangkutan dan pengolahan sampah dari tempat "
        "penampungan sementara, rumah kompos dan TPA Benowo sebagai bahan Indeks Kualitas "
        "Lingkungan Hidup dan laporan kinerja pengelolaan sampah kota.",
    ),
    "jadwal.perencanaan": (("5 Jan 2026", "23 Jan 2026"), ("2026-01-05", "2026-01-23")),
    "jadwal.pengumpulan": (("2 Feb 2026", "30 Nov 2026"), ("2026-02-02", "2026-11-30")),
    "jadwal.pengolahan": (("2 Mar 2026", "4 Des 2026"), ("2026-03-02", "2026-12-04")),
    "jadwal.analisis": (("1 Jun 2026", "11 Des 2026"), ("2026-06-01", "2026-12-11")),
    "jadwal.diseminasi": (("1 Jul 2026", "30 Des 2026"), ("2026-07-01", "2026-12-30")),
    "variabel": (
        None,
        [
            {
                "nama": "Volume sampah masuk TPA",
                "referensi_waktu": "Harian",
                "sumber": "Catatan jembatan timbang TPA Benowo",
            },
            {
                "nama": "Jumlah ritase truk pengangkut",
                "referensi_waktu": "Harian",
                "sumber": "Log pengangkutan UPTD",
            },
            {
                "nama": "Volume sampah terolah di rumah kompos",
                "referensi_waktu": "Bulanan",
                "sumber": "Laporan rumah kompos",
            },
            {
                "nama": "Jumlah bank sampah aktif",
                "referensi_waktu": "Triwulan",
                "sumber": "Register bank sampah",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": (
        "Catatan operasional pengelolaan sampah",
        "Catatan operasional pengelolaan sampah",
    ),
    "metode_pengumpulan": (
        "Rekapitulasi catatan jembatan timbang dan laporan bulanan UPTD",
        "Rekapitulasi catatan jembatan timbang dan laporan bulanan UPTD",
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Surabaya", ["3578"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sma"),
    "jumlah_supervisor": ("4 orang", 4),
    "jumlah_enumerator": ("31 orang", 31),
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
    "tanggal_rilis": ("18 Des 2026", "2026-12-18"),
}

#: A city compilation from a transport office; slash dates.
FPKPA_BANDUNG: Shown = {
    "judul": (
        "Kompilasi Data Pengujian Berkala Kendaraan Bermotor Kota Bandung 2026",
        "Kompilasi Data Pengujian Berkala Kendaraan Bermotor Kota Bandung 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": ("Dinas Perhubungan Kota Bandung", "Dinas Perhubungan Kota Bandung"),
    "penyelenggara.alamat": (
        "Jl. Soekarno Hatta No. 205, Babakan Ciparay",
        "Jl. Soekarno Hatta No. 205, Babakan Ciparay",
    ),
    "penyelenggara.kabupaten_kota": ("Kota Bandung", "3273"),
    "penyelenggara.provinsi": ("Jawa Barat", "32"),
    "penyelenggara.telepon": ("(022) 5220768", "+62225220768"),
    "penyelenggara.email": ("dishub@bandung.go.id", "dishub@bandung.go.id"),
    "penanggung_jawab.nama": ("Rasdian Setiadi, S.T., M.T.", "Rasdian Setiadi, S.T., M.T."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Perhubungan Kota Bandung",
        "Kepala Dinas Perhubungan Kota Bandung",
    ),
    "penanggung_jawab.alamat": (
        "Jl. Soekarno Hatta No. 205, Babakan Ciparay",
        "Jl. Soekarno Hatta No. 205, Babakan Ciparay",
    ),
    "penanggung_jawab.telepon": ("0812-2019-4471", "+6281220194471"),
    "penanggung_jawab.email": ("rasdian.setiadi@bandung.go.id", "rasdian.setiadi@bandung.go.id"),
    "pj_teknis.nama": ("Asep Kurniawan, A.Md.LLAJ.", "Asep Kurniawan, A.Md.LLAJ."),
    "pj_teknis.jabatan": (
        "Kepala UPT Pengujian Kendaraan Bermotor",
        "Kepala UPT Pengujian Kendaraan Bermotor",
    ),
    "pj_teknis.alamat": (
        "Jl. Gedebage Selatan No. 12, Gedebage, Bandung",
        "Jl. Gedebage Selatan No. 12, Gedebage, Bandung",
    ),
    "pj_teknis.telepon": ("0822-1844-3307", "+6282218443307"),
    "pj_teknis.email": ("uptpkb.dishub@bandung.go.id", "uptpkb.dishub@bandung.go.id"),
    "tujuan": (
        "Menyajikan data jumlah kendaraan wajib uji, hasil uji berkala dan tingkat kelulusan "
        "per jenis kendaraan untuk evaluasi keselamatan angkutan umum dan barang.",
        "Menyajikan data jumlah kendaraan wajib uji, hasil uji berkala dan tingkat kelulusan "
        "per jenis kendaraan untuk evaluasi keselamatan angkutan umum dan barang.",
    ),
    "jadwal.perencanaan": (("5/1/2026", "30/1/2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.pengumpulan": (("2/2/2026", "31/12/2026"), ("2026-02-02", "2026-12-31")),
    "jadwal.pengolahan": (("2/3/2026", "11/12/2026"), ("2026-03-02", "2026-12-11")),
    "jadwal.analisis": (("1/4/2026", "18/12/2026"), ("2026-04-01", "2026-12-18")),
    "jadwal.diseminasi": (("4/5/2026", "30/12/2026"), ("2026-05-04", "2026-12-30")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah kendaraan wajib uji",
                "referensi_waktu": "Akhir bulan",
                "sumber": "Basis data BLUe",
            },
            {
                "nama": "Jumlah kendaraan lulus uji",
                "referensi_waktu": "Bulanan",
                "sumber": "Berita acara hasil uji",
            },
            {
                "nama": "Jumlah kendaraan tidak lulus uji",
                "referensi_waktu": "Bulanan",
                "sumber": "Berita acara hasil uji",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": (
        "Register hasil pengujian kendaraan bermotor",
        "Register hasil pengujian kendaraan bermotor",
    ),
    "metode_pengumpulan": (
        "Unduhan bulanan dari aplikasi BLUe dan rekap berita acara uji",
        "Unduhan bulanan dari aplikasi BLUe dan rekap berita acara uji",
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Bandung", ["3273"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "jumlah_supervisor": ("2", 2),
    "jumlah_enumerator": ("6", 6),
    "pelatihan": (None, False),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, False),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["lainnya", "usaha"]),
    "tingkat_penyajian": (None, ["kabupaten_kota"]),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("28/12/2026", "2026-12-28"),
}


# Eleventh wave: four more activities from offices not used above.

#: A regency panel survey of micro businesses, repeated every quarter, systematic sample.
FS3_BANYUWANGI: Shown = {
    "judul": (
        "Survei Perkembangan Usaha Mikro Binaan Kabupaten Banyuwangi Tahun 2026",
        "Survei Perkembangan Usaha Mikro Binaan Kabupaten Banyuwangi Tahun 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Koperasi, Usaha Mikro dan Perdagangan Kabupaten Banyuwangi",
        "Dinas Koperasi, Usaha Mikro dan Perdagangan Kabupaten Banyuwangi",
    ),
    "penyelenggara.alamat": (
        "Jl. Jaksa Agung Suprapto No. 118, Penganjuran, Banyuwangi",
        "Jl. Jaksa Agung Suprapto No. 118, Penganjuran, Banyuwangi",
    ),
    "penyelenggara.kabupaten_kota": ("Kabupaten Banyuwangi", "3510"),
    "penyelenggara.provinsi": ("Jawa Timur", "35"),
    "penyelenggara.telepon": ("(0333) 424126", "+62333424126"),
    "penyelenggara.faks": ("(0333) 424127", "+62333424127"),
    "penyelenggara.email": ("diskopumdag@banyuwangikab.go.id", "diskopumdag@banyuwangikab.go.id"),
    "penanggung_jawab.nama": (
        "Drs. Bagus Setiawan Wicaksono, M.Si.",
        "Drs. Bagus Setiawan Wicaksono, M.Si.",
    ),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Koperasi, Usaha Mikro dan Perdagangan",
        "Kepala Dinas Koperasi, Usaha Mikro dan Perdagangan",
    ),
    "penanggung_jawab.telepon": ("0812-3390-5517", "+6281233905517"),
    "penanggung_jawab.email": (
        "bagus.setiawan@banyuwangikab.go.id",
        "bagus.setiawan@banyuwangikab.go.id",
    ),
    "manajer.nama": ("Retno Wulandari, S.E., M.M.", "Retno Wulandari, S.E., M.M."),
    "manajer.jabatan": (
        "Kepala Bidang Pemberdayaan Usaha Mikro",
        "Kepala Bidang Pemberdayaan Usaha Mikro",
    ),
    "manajer.alamat": (
        "Jl. Jaksa Agung Suprapto No. 118, Penganjuran, Banyuwangi",
        "Jl. Jaksa Agung Suprapto No. 118, Penganjuran, Banyuwangi",
    ),
    "manajer.telepon": ("0813-3621-0948", "+6281336210948"),
    "manajer.email": ("retno.wulandari@banyuwangikab.go.id", "retno.wulandari@banyuwangikab.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "triwulanan"),
    "tipe_pengumpulan": (None, "longitudinal"),
    "tujuan": (
        "Memantau perkembangan omzet, tenaga kerja dan akses pembiayaan usaha mikro binaan "
        "setiap triwulan sebagai dasar evaluasi program pendampingan dan penyaluran kredit "
        "usaha rakyat daerah.",
        "Memantau perkembangan omzet, tenaga kerja dan akses pembiayaan usaha mikro binaan "
        "setiap triwulan sebagai dasar evaluasi program pendampingan dan penyaluran kredit "
        "usaha rakyat daerah.",
    ),
    "variabel": (
        None,
        [
            {"nama": "Omzet usaha", "referensi_waktu": "Triwulan berjalan"},
            {"nama": "Jumlah tenaga kerja dibayar", "referensi_waktu": "Akhir triwulan"},
            {"nama": "Sumber modal usaha", "referensi_waktu": "Triwulan berjalan"},
            {"nama": "Pemanfaatan pemasaran daring", "referensi_waktu": "Triwulan berjalan"},
            {"nama": "Kepemilikan Nomor Induk Berusaha", "referensi_waktu": "Saat pencacahan"},
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Banyuwangi", ["3510"]),
    "metode_pengumpulan": (None, ["telepon", "wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "sistematik"),
    "uji_coba": (None, True),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "diploma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("4 orang", 4),
    "jumlah_enumerator": ("20 orang", 20),
    "rancangan_sampel": (None, "satu_tahap"),
    "kerangka_sampel": (
        "Daftar usaha mikro binaan Dinas hasil pemutakhiran Desember 2025",
        "Daftar usaha mikro binaan Dinas hasil pemutakhiran Desember 2025",
    ),
    "fraksi_sampel": ("10 persen usaha mikro binaan", "10 persen usaha mikro binaan"),
    "unit_sampel": ("Usaha mikro", "Usaha mikro"),
    "jumlah_sampel": ("1.240 usaha", 1240),
    "sampling_error": (
        "Relative standard error omzet rata-rata di bawah 10 persen",
        "Relative standard error omzet rata-rata di bawah 10 persen",
    ),
    "responden": (
        "Pemilik atau pengelola usaha mikro",
        "Pemilik atau pengelola usaha mikro",
    ),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota"]),
    "metode_analisis": (None, "keduanya"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("5 Januari 2026", "30 Januari 2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.lapangan": (("2 Februari 2026", "13 November 2026"), ("2026-02-02", "2026-11-13")),
    "jadwal.pengolahan": (("2 Maret 2026", "27 November 2026"), ("2026-03-02", "2026-11-27")),
    "jadwal.analisis": (("1 April 2026", "4 Desember 2026"), ("2026-04-01", "2026-12-04")),
    "jadwal.diseminasi": (("4 Mei 2026", "23 Desember 2026"), ("2026-05-04", "2026-12-23")),
    "tanggal_rilis": ("16 Desember 2026", "2026-12-16"),
}

#: A city census of persons with disabilities, done once (no sample, block VI empty).
FS3_KUPANG: Shown = {
    "judul": (
        "Pendataan Penyandang Disabilitas Kota Kupang Tahun 2026",
        "Pendataan Penyandang Disabilitas Kota Kupang Tahun 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": ("Dinas Sosial Kota Kupang", "Dinas Sosial Kota Kupang"),
    "penyelenggara.alamat": (
        "Jl. S. K. Lerik, Kelapa Lima, Kupang",
        "Jl. S. K. Lerik, Kelapa Lima, Kupang",
    ),
    "penyelenggara.kabupaten_kota": ("Kota Kupang", "5371"),
    "penyelenggara.provinsi": ("Nusa Tenggara Timur", "53"),
    "penyelenggara.telepon": ("(0380) 8553146", "+623808553146"),
    "penyelenggara.email": ("dinsos@kupangkota.go.id", "dinsos@kupangkota.go.id"),
    "penanggung_jawab.nama": (
        "Yosef Benyamin Manafe, S.Sos., M.Si.",
        "Yosef Benyamin Manafe, S.Sos., M.Si.",
    ),
    "penanggung_jawab.jabatan": ("Kepala Dinas Sosial", "Kepala Dinas Sosial"),
    "penanggung_jawab.telepon": ("0813-3945-2718", "+6281339452718"),
    "penanggung_jawab.email": ("yosef.manafe@kupangkota.go.id", "yosef.manafe@kupangkota.go.id"),
    "manajer.nama": ("Maria Goreti Ndun, S.ST.", "Maria Goreti Ndun, S.ST."),
    "manajer.jabatan": (
        "Kepala Bidang Rehabilitasi Sosial",
        "Kepala Bidang Rehabilitasi Sosial",
    ),
    "manajer.alamat": (
        "Jl. S. K. Lerik, Kelapa Lima, Kupang",
        "Jl. S. K. Lerik, Kelapa Lima, Kupang",
    ),
    "manajer.telepon": ("0852-3901-6624", "+6285239016624"),
    "manajer.email": ("maria.ndun@kupangkota.go.id", "maria.ndun@kupangkota.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": (
        "Menyediakan data penyandang disabilitas menurut ragam disabilitas dan kelurahan "
        "sebagai dasar penyaluran alat bantu, jaminan sosial dan perencanaan layanan "
        "rehabilitasi sosial.",
        "Menyediakan data penyandang disabilitas menurut ragam disabilitas dan kelurahan "
        "sebagai dasar penyaluran alat bantu, jaminan sosial dan perencanaan layanan "
        "rehabilitasi sosial.",
    ),
    "variabel": (
        None,
        [
            {"nama": "Ragam disabilitas", "referensi_waktu": "Saat pendataan"},
            {"nama": "Penyebab disabilitas", "referensi_waktu": "Saat pendataan"},
            {"nama": "Kepemilikan alat bantu", "referensi_waktu": "Saat pendataan"},
            {"nama": "Kepesertaan jaminan kesehatan", "referensi_waktu": "Saat pendataan"},
        ],
    ),
    "cara_pengumpulan": (None, "sensus"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Kupang", ["5371"]),
    "metode_pengumpulan": (None, ["observasi", "wawancara"]),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("6", 6),
    "jumlah_enumerator": ("51", 51),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota", "kecamatan"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("02-03-2026", "27-03-2026"), ("2026-03-02", "2026-03-27")),
    "jadwal.lapangan": (("06-04-2026", "29-05-2026"), ("2026-04-06", "2026-05-29")),
    "jadwal.pengolahan": (("01-06-2026", "10-07-2026"), ("2026-06-01", "2026-07-10")),
    "jadwal.analisis": (("13-07-2026", "14-08-2026"), ("2026-07-13", "2026-08-14")),
    "jadwal.diseminasi": (("01-09-2026", "30-10-2026"), ("2026-09-01", "2026-10-30")),
    "tanggal_rilis": ("15-09-2026", "2026-09-15"),
}

#: A regency compilation from the school-data register, every semester.
FPKPA_SIDOARJO: Shown = {
    "judul": (
        "Kompilasi Data Pokok Pendidikan PAUD dan Pendidikan Dasar Kabupaten Sidoarjo 2026",
        "Kompilasi Data Pokok Pendidikan PAUD dan Pendidikan Dasar Kabupaten Sidoarjo 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Pendidikan dan Kebudayaan Kabupaten Sidoarjo",
        "Dinas Pendidikan dan Kebudayaan Kabupaten Sidoarjo",
    ),
    "penyelenggara.alamat": (
        "Jl. Pahlawan No. 4, Celep, Sidoarjo",
        "Jl. Pahlawan No. 4, Celep, Sidoarjo",
    ),
    "penyelenggara.kabupaten_kota": ("Kabupaten Sidoarjo", "3515"),
    "penyelenggara.provinsi": ("Jawa Timur", "35"),
    "penyelenggara.telepon": ("(031) 8921219", "+62318921219"),
    "penyelenggara.faks": ("(031) 8941325", "+62318941325"),
    "penyelenggara.email": ("dikbud@sidoarjokab.go.id", "dikbud@sidoarjokab.go.id"),
    "penanggung_jawab.nama": ("Dr. Tirto Adi Nugroho, M.Pd.", "Dr. Tirto Adi Nugroho, M.Pd."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Pendidikan dan Kebudayaan",
        "Kepala Dinas Pendidikan dan Kebudayaan",
    ),
    "penanggung_jawab.alamat": (
        "Jl. Pahlawan No. 4, Celep, Sidoarjo",
        "Jl. Pahlawan No. 4, Celep, Sidoarjo",
    ),
    "penanggung_jawab.telepon": ("0811-3302-4471", "+6281133024471"),
    "penanggung_jawab.email": ("tirto.adi@sidoarjokab.go.id", "tirto.adi@sidoarjokab.go.id"),
    "pj_teknis.nama": ("Lilik Setyaningsih, S.Kom.", "Lilik Setyaningsih, S.Kom."),
    "pj_teknis.jabatan": ("Pranata Komputer Ahli Muda", "Pranata Komputer Ahli Muda"),
    "pj_teknis.alamat": (
        "Jl. Pahlawan No. 4, Celep, Sidoarjo",
        "Jl. Pahlawan No. 4, Celep, Sidoarjo",
    ),
    "pj_teknis.telepon": ("0857-3011-8826", "+6285730118826"),
    "pj_teknis.email": (
        "lilik.setyaningsih@sidoarjokab.go.id",
        "lilik.setyaningsih@sidoarjokab.go.id",
    ),
    "tujuan": (
        "Menyajikan data satuan pendidikan, peserta didik, pendidik dan tenaga kependidikan "
        "jenjang PAUD, SD dan SMP per kecamatan untuk perencanaan pemerataan guru dan "
        "penghitungan Angka Partisipasi daerah.",
        "Menyajikan data satuan pendidikan, peserta didik, pendidik dan tenaga kependidikan "
        "jenjang PAUD, SD dan SMP per kecamatan untuk perencanaan pemerataan guru dan "
        "penghitungan Angka Partisipasi daerah.",
    ),
    "jadwal.perencanaan": (("05-01-2026", "30-01-2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.pengumpulan": (("02-02-2026", "30-10-2026"), ("2026-02-02", "2026-10-30")),
    "jadwal.pengolahan": (("02-03-2026", "13-11-2026"), ("2026-03-02", "2026-11-13")),
    "jadwal.analisis": (("06-04-2026", "27-11-2026"), ("2026-04-06", "2026-11-27")),
    "jadwal.diseminasi": (("04-05-2026", "18-12-2026"), ("2026-05-04", "2026-12-18")),
    "variabel": (
        None,
        [
            {
                "nama": "Jumlah satuan pendidikan",
                "referensi_waktu": "Akhir semester",
                "sumber": "Dapodik",
            },
            {
                "nama": "Jumlah peserta didik menurut jenis kelamin",
                "referensi_waktu": "Akhir semester",
                "sumber": "Dapodik",
            },
            {
                "nama": "Jumlah guru menurut kualifikasi",
                "referensi_waktu": "Akhir semester",
                "sumber": "Dapodik",
            },
            {
                "nama": "Jumlah ruang kelas kondisi baik",
                "referensi_waktu": "Akhir tahun ajaran",
                "sumber": "Laporan sarana prasarana sekolah",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "semesteran"),
    "jenis_data": (
        "Data Pokok Pendidikan (Dapodik) jenjang PAUD, SD dan SMP",
        "Data Pokok Pendidikan (Dapodik) jenjang PAUD, SD dan SMP",
    ),
    "metode_pengumpulan": (
        "Penarikan data Dapodik tiap semester dan verifikasi ke satuan pendidikan",
        "Penarikan data Dapodik tiap semester dan verifikasi ke satuan pendidikan",
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kabupaten Sidoarjo", ["3515"]),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("3", 3),
    "jumlah_enumerator": ("18", 18),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, False),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["individu", "lainnya"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "kecamatan"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("11-12-2026", "2026-12-11"),
}

#: A provincial compilation (no kabupaten/kota) over three regencies, monthly.
FPKPA_SUMSEL: Shown = {
    "judul": (
        "Kompilasi Data Produksi dan Penjualan Batubara Provinsi Sumatera Selatan 2026",
        "Kompilasi Data Produksi dan Penjualan Batubara Provinsi Sumatera Selatan 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Energi dan Sumber Daya Mineral Provinsi Sumatera Selatan",
        "Dinas Energi dan Sumber Daya Mineral Provinsi Sumatera Selatan",
    ),
    "penyelenggara.alamat": (
        "Jl. Angkatan 45 No. 2440, Lorok Pakjo, Palembang",
        "Jl. Angkatan 45 No. 2440, Lorok Pakjo, Palembang",
    ),
    "penyelenggara.provinsi": ("Sumatera Selatan", "16"),
    "penyelenggara.telepon": ("(0711) 352374", "+62711352374"),
    "penyelenggara.email": ("dinasesdm@sumselprov.go.id", "dinasesdm@sumselprov.go.id"),
    "penanggung_jawab.nama": ("Ir. Hendriansyah Saputra, M.T.", "Ir. Hendriansyah Saputra, M.T."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Energi dan Sumber Daya Mineral",
        "Kepala Dinas Energi dan Sumber Daya Mineral",
    ),
    "penanggung_jawab.alamat": (
        "Jl. Angkatan 45 No. 2440, Lorok Pakjo, Palembang",
        "Jl. Angkatan 45 No. 2440, Lorok Pakjo, Palembang",
    ),
    "penanggung_jawab.telepon": ("0811-7812-053", "+628117812053"),
    "penanggung_jawab.faks": ("(0711) 356015", "+62711356015"),
    "penanggung_jawab.email": ("hendriansyah@sumselprov.go.id", "hendriansyah@sumselprov.go.id"),
    "pj_teknis.nama": ("Rika Amelia Putri, S.T., M.Eng.", "Rika Amelia Putri, S.T., M.Eng."),
    "pj_teknis.jabatan": (
        "Kepala Bidang Mineral dan Batubara",
        "Kepala Bidang Mineral dan Batubara",
    ),
    "pj_teknis.alamat": (
        "Jl. Angkatan 45 No. 2440, Lorok Pakjo, Palembang",
        "Jl. Angkatan 45 No. 2440, Lorok Pakjo, Palembang",
    ),
    "pj_teknis.telepon": ("0821-7764-3190", "+6282177643190"),
    "pj_teknis.email": ("minerba.esdm@sumselprov.go.id", "minerba.esdm@sumselprov.go.id"),
    "tujuan": (
        "Menghimpun data produksi, penjualan dan stok batubara dari laporan bulanan pemegang "
        "izin usaha pertambangan sebagai bahan pengawasan, perencanaan energi daerah dan "
        "penghitungan penerimaan daerah.",
        "Menghimpun data produksi, penjualan dan stok batubara dari laporan bulanan pemegang "
        "izin usaha pertambangan sebagai bahan pengawasan, perencanaan energi daerah dan "
        "penghitungan penerimaan daerah.",
    ),
    "jadwal.perencanaan": (("5 Januari 2026", "23 Januari 2026"), ("2026-01-05", "2026-01-23")),
    "jadwal.pengumpulan": (
        ("2 Februari 2026", "15 Desember 2026"),
        ("2026-02-02", "2026-12-15"),
    ),
    "jadwal.pengolahan": (("16 Februari 2026", "22 Desember 2026"), ("2026-02-16", "2026-12-22")),
    "jadwal.analisis": (("2 Maret 2026", "29 Desember 2026"), ("2026-03-02", "2026-12-29")),
    "jadwal.diseminasi": (("1 April 2026", "31 Desember 2026"), ("2026-04-01", "2026-12-31")),
    "variabel": (
        None,
        [
            {
                "nama": "Produksi batubara",
                "referensi_waktu": "Bulanan",
                "sumber": "Laporan bulanan IUP Operasi Produksi",
            },
            {
                "nama": "Penjualan batubara domestik",
                "referensi_waktu": "Bulanan",
                "sumber": "Laporan bulanan IUP Operasi Produksi",
            },
            {
                "nama": "Penjualan batubara ekspor",
                "referensi_waktu": "Bulanan",
                "sumber": "Laporan bulanan IUP Operasi Produksi",
            },
            {
                "nama": "Stok batubara akhir bulan",
                "referensi_waktu": "Akhir bulan",
                "sumber": "Laporan bulanan IUP Operasi Produksi",
            },
            {
                "nama": "Jumlah tenaga kerja tambang",
                "referensi_waktu": "Akhir bulan",
                "sumber": "Laporan ketenagakerjaan perusahaan",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "bulanan"),
    "jenis_data": (
        "Laporan bulanan kegiatan usaha pemegang IUP Operasi Produksi batubara",
        "Laporan bulanan kegiatan usaha pemegang IUP Operasi Produksi batubara",
    ),
    "metode_pengumpulan": (
        "Rekapitulasi laporan yang disampaikan perusahaan melalui aplikasi MINERBA-ONE",
        "Rekapitulasi laporan yang disampaikan perusahaan melalui aplikasi MINERBA-ONE",
    ),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": (
        "Kabupaten Muara Enim, Kabupaten Lahat dan Kabupaten Musi Banyuasin",
        ["1603", "1604", "1606"],
    ),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("2", 2),
    "jumlah_enumerator": ("5", 5),
    "pelatihan": (None, False),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, True),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["usaha"]),
    "tingkat_penyajian": (None, ["kabupaten_kota", "provinsi"]),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("30 Desember 2026", "2026-12-30"),
}


# Twelfth wave: a city survey with a probability sample, a city business census, a
# ministry's nationwide compilation.

#: A city survey, systematic sample of households (block VI filled), schedule as ranges.
FS3_BALIKPAPAN: Shown = {
    "judul": (
        "Survei Persepsi Masyarakat terhadap Pengelolaan Sampah Kota Balikpapan 2026",
        "Survei Persepsi Masyarakat terhadap Pengelolaan Sampah Kota Balikpapan 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Lingkungan Hidup Kota Balikpapan",
        "Dinas Lingkungan Hidup Kota Balikpapan",
    ),
    "penyelenggara.alamat": (
        "Jl. Ruhui Rahayu I No. 1, Kelurahan Sungai Nangka, Balikpapan Selatan",
        "Jl. Ruhui Rahayu I No. 1, Kelurahan Sungai Nangka, Balikpapan Selatan",
    ),
    "penyelenggara.kabupaten_kota": ("Kota Balikpapan", "6471"),
    "penyelenggara.provinsi": ("Kalimantan Timur", "64"),
    "penyelenggara.telepon": ("(0542) 8862154", "+625428862154"),
    "penyelenggara.faks": ("(0542) 8862155", "+625428862155"),
    "penyelenggara.email": ("dlh@balikpapan.go.id", "dlh@balikpapan.go.id"),
    "penanggung_jawab.nama": ("Ir. Hasanudin Marzuki, M.T.", "Ir. Hasanudin Marzuki, M.T."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Lingkungan Hidup",
        "Kepala Dinas Lingkungan Hidup",
    ),
    "penanggung_jawab.telepon": ("0812-5410-7733", "+6281254107733"),
    "penanggung_jawab.email": ("hasanudin.m@balikpapan.go.id", "hasanudin.m@balikpapan.go.id"),
    "manajer.nama": ("Dewi Kartika Sari, S.Si., M.Env.", "Dewi Kartika Sari, S.Si., M.Env."),
    "manajer.jabatan": (
        "Kepala Bidang Pengelolaan Sampah dan Limbah B3",
        "Kepala Bidang Pengelolaan Sampah dan Limbah B3",
    ),
    "manajer.alamat": (
        "Jl. Ruhui Rahayu I No. 1, Sungai Nangka, Balikpapan",
        "Jl. Ruhui Rahayu I No. 1, Sungai Nangka, Balikpapan",
    ),
    "manajer.telepon": ("0853-4690-2218", "+6285346902218"),
    "manajer.email": ("sampah.dlh@balikpapan.go.id", "sampah.dlh@balikpapan.go.id"),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "tahunan"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": (
        "Mengukur persepsi dan partisipasi rumah tangga dalam pemilahan, pengangkutan dan "
        "pengurangan sampah sebagai dasar evaluasi Kebijakan dan Strategi Daerah pengelolaan "
        "sampah Kota Balikpapan.",
        "Mengukur persepsi dan partisipasi rumah tangga dalam pemilahan, pengangkutan dan "
        "pengurangan sampah sebagai dasar evaluasi Kebijakan dan Strategi Daerah pengelolaan "
        "sampah Kota Balikpapan.",
    ),
    "variabel": (
        None,
        [
            {
                "nama": "Kebiasaan memilah sampah rumah tangga",
                "referensi_waktu": "Seminggu terakhir",
            },
            {"nama": "Frekuensi pengangkutan sampah", "referensi_waktu": "Sebulan terakhir"},
            {"nama": "Keikutsertaan dalam bank sampah", "referensi_waktu": "Setahun terakhir"},
            {"nama": "Kepuasan terhadap layanan pengangkutan", "referensi_waktu": "Saat wawancara"},
            {
                "nama": "Besaran retribusi sampah yang dibayar",
                "referensi_waktu": "Sebulan terakhir",
            },
        ],
    ),
    "cara_pengumpulan": (None, "sampel"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Balikpapan", ["6471"]),
    "metode_pengumpulan": (None, ["wawancara"]),
    "metode_sampel": (None, "probabilitas"),
    "metode_pemilihan": (None, "sistematik"),
    "uji_coba": (None, True),
    "petugas": (None, "mitra"),
    "pendidikan_petugas": (None, "sma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("4 orang", 4),
    "jumlah_enumerator": ("24 orang", 24),
    "rancangan_sampel": (None, "multi_tahap"),
    "kerangka_sampel": (
        "Daftar RT per kelurahan dari Bagian Tata Pemerintahan dan daftar rumah tangga hasil "
        "pemutakhiran di RT terpilih",
        "Daftar RT per kelurahan dari Bagian Tata Pemerintahan dan daftar rumah tangga hasil "
        "pemutakhiran di RT terpilih",
    ),
    "fraksi_sampel": ("0,5 persen rumah tangga", "0,5 persen rumah tangga"),
    "unit_sampel": ("Rumah tangga", "Rumah tangga"),
    "jumlah_sampel": ("1.200 rumah tangga", 1200),
    "sampling_error": (
        "Margin of error 3 persen pada tingkat kepercayaan 95 persen",
        "Margin of error 3 persen pada tingkat kepercayaan 95 persen",
    ),
    "responden": (
        "Kepala rumah tangga atau pasangannya",
        "Kepala rumah tangga atau pasangannya",
    ),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, True),
    "tingkat_estimasi": (None, ["kabupaten_kota", "kecamatan"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, False),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("5 Januari 2026", "30 Januari 2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.lapangan": (("2 Februari 2026", "20 Maret 2026"), ("2026-02-02", "2026-03-20")),
    "jadwal.pengolahan": (("23 Maret 2026", "24 April 2026"), ("2026-03-23", "2026-04-24")),
    "jadwal.analisis": (("4 Mei 2026", "29 Mei 2026"), ("2026-05-04", "2026-05-29")),
    "jadwal.diseminasi": (("8 Juni 2026", "31 Juli 2026"), ("2026-06-08", "2026-07-31")),
    "tanggal_rilis": ("15 Juni 2026", "2026-06-15"),
}

#: A city census of batik businesses (no sample: block VI empty).
FS3_PEKALONGAN: Shown = {
    "judul": (
        "Pendataan Lengkap Usaha Batik Kota Pekalongan Tahun 2026",
        "Pendataan Lengkap Usaha Batik Kota Pekalongan Tahun 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan",
        "Dinas Perdagangan, Koperasi dan UKM Kota Pekalongan",
    ),
    "penyelenggara.alamat": (
        "Jl. Mataram No. 1, Podosugih, Pekalongan Barat",
        "Jl. Mataram No. 1, Podosugih, Pekalongan Barat",
    ),
    "penyelenggara.kabupaten_kota": ("Kota Pekalongan", "3375"),
    "penyelenggara.provinsi": ("Jawa Tengah", "33"),
    "penyelenggara.telepon": ("(0285) 421093", "+62285421093"),
    "penyelenggara.email": ("dindagkop@pekalongankota.go.id", "dindagkop@pekalongankota.go.id"),
    "penanggung_jawab.nama": ("Drs. Sri Budi Santoso, M.M.", "Drs. Sri Budi Santoso, M.M."),
    "penanggung_jawab.jabatan": (
        "Kepala Dinas Perdagangan, Koperasi dan UKM",
        "Kepala Dinas Perdagangan, Koperasi dan UKM",
    ),
    "penanggung_jawab.telepon": ("0813-2566-0412", "+6281325660412"),
    "penanggung_jawab.faks": ("(0285) 421094", "+62285421094"),
    "penanggung_jawab.email": ("sribudi.s@pekalongankota.go.id", "sribudi.s@pekalongankota.go.id"),
    "manajer.nama": ("Nur Laila Hidayati, S.E., M.Si.", "Nur Laila Hidayati, S.E., M.Si."),
    "manajer.jabatan": (
        "Kepala Bidang Usaha Mikro, Kecil dan Menengah",
        "Kepala Bidang Usaha Mikro, Kecil dan Menengah",
    ),
    "manajer.alamat": (
        "Jl. Mataram No. 1, Podosugih, Pekalongan Barat",
        "Jl. Mataram No. 1, Podosugih, Pekalongan Barat",
    ),
    "manajer.telepon": ("0857-4210-8836", "+6285742108836"),
    "manajer.email": ("ukm.dindagkop@pekalongankota.go.id", "ukm.dindagkop@pekalongankota.go.id"),
    "pelaksanaan": (None, "sekali"),
    "tipe_pengumpulan": (None, "cross_sectional"),
    "tujuan": (
        "Memperoleh data dasar seluruh usaha batik tulis, cap dan printing di Kota Pekalongan "
        "(jumlah pekerja, kapasitas produksi, pemasaran) untuk perencanaan pembinaan UKM dan "
        "promosi Kota Kreatif Dunia.",
        "Memperoleh data dasar seluruh usaha batik tulis, cap dan printing di Kota Pekalongan "
        "(jumlah pekerja, kapasitas produksi, pemasaran) untuk perencanaan pembinaan UKM dan "
        "promosi Kota Kreatif Dunia.",
    ),
    "variabel": (
        None,
        [
            {"nama": "Jenis produk batik", "referensi_waktu": "Saat pendataan"},
            {"nama": "Jumlah pekerja", "referensi_waktu": "Sebulan terakhir"},
            {"nama": "Kapasitas produksi per bulan", "referensi_waktu": "Tahun 2025"},
            {"nama": "Wilayah pemasaran", "referensi_waktu": "Tahun 2025"},
        ],
    ),
    "cara_pengumpulan": (None, "sensus"),
    "cakupan_wilayah": (None, "sebagian"),
    "wilayah": ("Kota Pekalongan", ["3375"]),
    "metode_pengumpulan": (None, ["observasi", "wawancara"]),
    "uji_coba": (None, True),
    "petugas": (None, "keduanya"),
    "pendidikan_petugas": (None, "diploma"),
    "pelatihan": (None, True),
    "jumlah_supervisor": ("8", 8),
    "jumlah_enumerator": ("40", 40),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.penyandian": (None, True),
    "pengolahan.validasi": (None, False),
    "tingkat_estimasi": (None, ["kabupaten_kota", "kecamatan"]),
    "metode_analisis": (None, "deskriptif"),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "produk.makro": (None, True),
    "produk.mikro": (None, False),
    "jadwal.perencanaan": (("12 Januari 2026", "13 Februari 2026"), ("2026-01-12", "2026-02-13")),
    "jadwal.lapangan": (("2 Maret 2026", "30 April 2026"), ("2026-03-02", "2026-04-30")),
    "jadwal.pengolahan": (("4 Mei 2026", "19 Juni 2026"), ("2026-05-04", "2026-06-19")),
    "jadwal.analisis": (("22 Juni 2026", "31 Juli 2026"), ("2026-06-22", "2026-07-31")),
    "jadwal.diseminasi": (("3 Agustus 2026", "2 Oktober 2026"), ("2026-08-03", "2026-10-02")),
    "tanggal_rilis": ("2 Oktober 2026", "2026-10-02"),
}

#: A ministry's nationwide compilation (no kabupaten/kota, no region list), semiannual.
FPKPA_BINAMARGA: Shown = {
    "judul": (
        "Kompilasi Data Kondisi Jalan Nasional Tahun 2026",
        "Kompilasi Data Kondisi Jalan Nasional Tahun 2026",
    ),
    "tahun": ("2026", 2026),
    "penyelenggara.instansi": (
        "Direktorat Jenderal Bina Marga, Kementerian Pekerjaan Umum",
        "Direktorat Jenderal Bina Marga, Kementerian Pekerjaan Umum",
    ),
    "penyelenggara.alamat": (
        "Jl. Pattimura No. 20, Kebayoran Baru",
        "Jl. Pattimura No. 20, Kebayoran Baru",
    ),
    "penyelenggara.provinsi": ("DKI Jakarta", "31"),
    "penyelenggara.telepon": ("(021) 7221950", "+62217221950"),
    "penyelenggara.faks": ("(021) 7393938", "+62217393938"),
    "penyelenggara.email": ("datin.binamarga@pu.go.id", "datin.binamarga@pu.go.id"),
    "penanggung_jawab.nama": ("Ir. Wahyu Adi Nugraha, M.Eng.", "Ir. Wahyu Adi Nugraha, M.Eng."),
    "penanggung_jawab.jabatan": (
        "Direktur Sistem dan Strategi Penyelenggaraan Jalan dan Jembatan",
        "Direktur Sistem dan Strategi Penyelenggaraan Jalan dan Jembatan",
    ),
    "penanggung_jawab.alamat": (
        "Jl. Pattimura No. 20, Kebayoran Baru, Jakarta Selatan",
        "Jl. Pattimura No. 20, Kebayoran Baru, Jakarta Selatan",
    ),
    "penanggung_jawab.telepon": ("0811-1802-264", "+628111802264"),
    "penanggung_jawab.email": ("wahyu.adi@pu.go.id", "wahyu.adi@pu.go.id"),
    "pj_teknis.nama": ("Fitri Handayani, S.T., M.T.", "Fitri Handayani, S.T., M.T."),
    "pj_teknis.jabatan": (
        "Ketua Tim Kerja Data dan Informasi Jalan",
        "Ketua Tim Kerja Data dan Informasi Jalan",
    ),
    "pj_teknis.alamat": (
        "Jl. Pattimura No. 20, Kebayoran Baru, Jakarta Selatan",
        "Jl. Pattimura No. 20, Kebayoran Baru, Jakarta Selatan",
    ),
    "pj_teknis.telepon": ("0813-1577-4092", "+6281315774092"),
    "pj_teknis.faks": ("(021) 7393938", "+62217393938"),
    "pj_teknis.email": ("fitri.handayani@pu.go.id", "fitri.handayani@pu.go.id"),
    "tujuan": (
        "Menghimpun data panjang dan kondisi kemantapan ruas jalan nasional dari hasil survei "
        "kondisi jalan balai pelaksana sebagai dasar pemrograman preservasi jalan dan "
        "pelaporan indikator kinerja.",
        "Menghimpun data panjang dan kondisi kemantapan ruas jalan nasional dari hasil survei "
        "kondisi jalan balai pelaksana sebagai dasar pemrograman preservasi jalan dan "
        "pelaporan indikator kinerja.",
    ),
    "jadwal.perencanaan": (("5 Januari 2026", "30 Januari 2026"), ("2026-01-05", "2026-01-30")),
    "jadwal.pengumpulan": (("2 Februari 2026", "30 Oktober 2026"), ("2026-02-02", "2026-10-30")),
    "jadwal.pengolahan": (("2 Maret 2026", "13 November 2026"), ("2026-03-02", "2026-11-13")),
    "jadwal.analisis": (("1 Juni 2026", "27 November 2026"), ("2026-06-01", "2026-11-27")),
    "jadwal.diseminasi": (("1 Juli 2026", "18 Desember 2026"), ("2026-07-01", "2026-12-18")),
    "variabel": (
        None,
        [
            {
                "nama": "Panjang ruas jalan nasional",
                "referensi_waktu": "Semester",
                "sumber": "Surat Keputusan penetapan ruas jalan nasional",
            },
            {
                "nama": "Nilai International Roughness Index (IRI)",
                "referensi_waktu": "Semester",
                "sumber": "Laporan survei kondisi jalan Balai Pelaksanaan Jalan Nasional",
            },
            {
                "nama": "Panjang jalan kondisi mantap",
                "referensi_waktu": "Semester",
                "sumber": "Laporan survei kondisi jalan Balai Pelaksanaan Jalan Nasional",
            },
            {
                "nama": "Lalu lintas harian rata-rata",
                "referensi_waktu": "Tahunan",
                "sumber": "Laporan perhitungan lalu lintas balai",
            },
        ],
    ),
    "pelaksanaan": (None, "berulang"),
    "frekuensi": (None, "semesteran"),
    "jenis_data": (
        "Laporan survei kondisi jalan dan basis data jalan nasional",
        "Laporan survei kondisi jalan dan basis data jalan nasional",
    ),
    "metode_pengumpulan": (
        "Penarikan data dari aplikasi basis data jalan yang diisi oleh 33 balai",
        "Penarikan data dari aplikasi basis data jalan yang diisi oleh 33 balai",
    ),
    "cakupan_wilayah": (None, "seluruh_indonesia"),
    "petugas": (None, "staf"),
    "pendidikan_petugas": (None, "sarjana"),
    "jumlah_supervisor": ("6", 6),
    "jumlah_enumerator": ("33", 33),
    "pelatihan": (None, True),
    "pengolahan.penyuntingan": (None, True),
    "pengolahan.entri_data": (None, False),
    "pengolahan.penyandian": (None, False),
    "pengolahan.validasi": (None, True),
    "metode_analisis": (None, "deskriptif"),
    "unit_analisis": (None, ["lainnya"]),
    "tingkat_penyajian": (None, ["nasional", "provinsi"]),
    "produk.cetak": (None, True),
    "produk.elektronik": (None, True),
    "tanggal_rilis": ("18 Desember 2026", "2026-12-18"),
}
