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
