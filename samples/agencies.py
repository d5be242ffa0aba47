"""Fictitious sending agencies in the five offices' regions.

The agency kinds and regions are real (every kabupaten has a Dinas Kesehatan);
street addresses, numbers, mailboxes and people are invented. Phone numbers
use each town's real area code so that the normalisation to "+62..." is
realistic.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True)
class Agency:
    """A government agency (or, for the government-sender check, a foundation)."""

    key: str
    #: Name as written on forms ("Dinas Kesehatan Kabupaten Bangka Tengah").
    name: str
    #: Letterhead lines above the unit name ("PEMERINTAH KABUPATEN BANGKA TENGAH").
    government: tuple[str, ...]
    #: Letterhead unit lines ("DINAS KESEHATAN").
    unit: tuple[str, ...]
    #: Letter-number pattern: {n} sequence, {mm} month, {roman} month, {year}.
    nomor: str
    street: str
    #: Place written in the date line of its letters.
    city: str
    postcode: str
    #: Kabupaten/kota code of the agency's seat; None for a central body that leaves it empty.
    kab: str | None
    prov: str
    #: Area code without the trunk 0 ("718"), for office phone numbers.
    area: str
    #: Mail domain; gmail.com for the non-government foundation.
    domain: str
    mailbox: str
    #: The BPS office its submissions go to.
    office: str
    website: str | None = None
    government_body: bool = True

    @property
    def email(self) -> str:
        return f"{self.mailbox}@{self.domain}"


_KAB_BATENG = ("PEMERINTAH KABUPATEN BANGKA TENGAH",)
_KAB_BELTIM = ("PEMERINTAH KABUPATEN BELITUNG TIMUR",)
_KAB_JENEPONTO = ("PEMERINTAH KABUPATEN JENEPONTO",)
_KOTA_BJM = ("PEMERINTAH KOTA BANJARMASIN",)


def _bateng(
    key: str, name: str, unit: tuple[str, ...], nomor: str, street: str, box: str
) -> Agency:
    return Agency(
        key,
        name,
        _KAB_BATENG,
        unit,
        nomor,
        street,
        "Koba",
        "33681",
        "1904",
        "19",
        "718",
        "bangkatengahkab.go.id",
        box,
        "1904",
        "bangkatengahkab.go.id",
    )


def _beltim(
    key: str, name: str, unit: tuple[str, ...], nomor: str, street: str, box: str
) -> Agency:
    return Agency(
        key,
        name,
        _KAB_BELTIM,
        unit,
        nomor,
        street,
        "Manggar",
        "33512",
        "1906",
        "19",
        "719",
        "belitungtimurkab.go.id",
        box,
        "1906",
        "belitungtimurkab.go.id",
    )


def _jeneponto(
    key: str, name: str, unit: tuple[str, ...], nomor: str, street: str, box: str
) -> Agency:
    return Agency(
        key,
        name,
        _KAB_JENEPONTO,
        unit,
        nomor,
        street,
        "Bontosunggu",
        "92311",
        "7304",
        "73",
        "419",
        "jenepontokab.go.id",
        box,
        "7304",
        "jenepontokab.go.id",
    )


def _bjm(key: str, name: str, unit: tuple[str, ...], nomor: str, street: str, box: str) -> Agency:
    return Agency(
        key,
        name,
        _KOTA_BJM,
        unit,
        nomor,
        street,
        "Banjarmasin",
        "70111",
        "6371",
        "63",
        "511",
        "banjarmasinkota.go.id",
        box,
        "6371",
        "banjarmasinkota.go.id",
    )


AGENCIES: Final[dict[str, Agency]] = {
    a.key: a
    for a in (
        _bateng(
            "dinkes-1904",
            "Dinas Kesehatan Kabupaten Bangka Tengah",
            ("DINAS KESEHATAN",),
            "400.7/{n}/Dinkes/{year}",
            "Jl. Jenderal Sudirman No. 47, Kelurahan Simpang Perlang, Kecamatan Koba",
            "dinkes",
        ),
        _bateng(
            "diskopumdag-1904",
            "Dinas Koperasi, Usaha Mikro, Perindustrian dan Perdagangan Kabupaten Bangka Tengah",
            ("DINAS KOPERASI, USAHA MIKRO,", "PERINDUSTRIAN DAN PERDAGANGAN"),
            "500.2/{n}/DKUMPP/{roman}/{year}",
            "Jl. Raya Koba–Pangkalpinang Km. 3, Kompleks Perkantoran Terpadu, Koba",
            "diskopumdag",
        ),
        _bateng(
            "diskan-1904",
            "Dinas Perikanan Kabupaten Bangka Tengah",
            ("DINAS PERIKANAN",),
            "500.5/{n}/DISKAN/{year}",
            "Jl. Padang Baru No. 8, Kelurahan Berok, Kecamatan Koba",
            "perikanan",
        ),
        _bateng(
            "disdik-1904",
            "Dinas Pendidikan Kabupaten Bangka Tengah",
            ("DINAS PENDIDIKAN",),
            "400.3/{n}/Disdik/{year}",
            "Jl. Ahmad Yani No. 21, Kelurahan Padang Mulia, Kecamatan Koba",
            "disdik",
        ),
        _bateng(
            "dpmptsp-1904",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Bangka Tengah",
            ("DINAS PENANAMAN MODAL DAN", "PELAYANAN TERPADU SATU PINTU"),
            "500.16/{n}/DPMPTSP/{year}",
            "Gedung Mal Pelayanan Publik Lantai 2, Jl. Titian Puri No. 3, Koba",
            "dpmptsp",
        ),
        _beltim(
            "dispar-1906",
            "Dinas Pariwisata, Kebudayaan, Pemuda dan Olahraga Kabupaten Belitung Timur",
            ("DINAS PARIWISATA, KEBUDAYAAN,", "PEMUDA DAN OLAHRAGA"),
            "556/{n}/DISPARBUDPORA/{year}",
            "Jl. Jenderal Sudirman No. 12, Desa Baru, Kecamatan Manggar",
            "disparbudpora",
        ),
        _beltim(
            "bappelitbangda-1906",
            "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah "
            "Kabupaten Belitung Timur",
            ("BADAN PERENCANAAN PEMBANGUNAN,", "PENELITIAN DAN PENGEMBANGAN DAERAH"),
            "000.7/{n}/BAPPELITBANGDA/{roman}/{year}",
            "Jl. Pelabuhan Rakyat No. 4, Kompleks Perkantoran Bukit Samak, Manggar",
            "bappelitbangda",
        ),
        _beltim(
            "dinsos-1906",
            "Dinas Sosial Kabupaten Belitung Timur",
            ("DINAS SOSIAL",),
            "400.9/{n}/DINSOS/{year}",
            "Jl. Lipat Kajang No. 9, Desa Kurnia Jaya, Kecamatan Manggar",
            "dinsos",
        ),
        _beltim(
            "diskan-1906",
            "Dinas Perikanan Kabupaten Belitung Timur",
            ("DINAS PERIKANAN",),
            "500.5/{n}/DISKAN-BT/{year}",
            "Jl. Raya Manggar–Gantung Km. 2, Desa Padang, Kecamatan Manggar",
            "diskan",
        ),
        _jeneponto(
            "distanhorbun-7304",
            "Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Jeneponto",
            ("DINAS TANAMAN PANGAN, HORTIKULTURA", "DAN PERKEBUNAN"),
            "500.8/{n}/DTPHBUN/{roman}/{year}",
            "Jl. Lanto Daeng Pasewang No. 31, Kelurahan Empoang, Kecamatan Binamu",
            "distanhorbun",
        ),
        _jeneponto(
            "dkp-7304",
            "Dinas Kelautan dan Perikanan Kabupaten Jeneponto",
            ("DINAS KELAUTAN DAN PERIKANAN",),
            "500.5/{n}/DKP/{year}",
            "Jl. Pahlawan No. 15, Kelurahan Pabiringa, Kecamatan Binamu",
            "dkp",
        ),
        _jeneponto(
            "dinkes-7304",
            "Dinas Kesehatan Kabupaten Jeneponto",
            ("DINAS KESEHATAN",),
            "400.7/{n}/DINKES/{roman}/{year}",
            "Jl. Sultan Hasanuddin No. 62, Kelurahan Balang, Kecamatan Binamu",
            "dinkes",
        ),
        _jeneponto(
            "dinsos-7304",
            "Dinas Sosial Kabupaten Jeneponto",
            ("DINAS SOSIAL",),
            "400.9/{n}/DINSOS/{year}",
            "Jl. Lingkar Bontosunggu No. 5, Kelurahan Sidenre, Kecamatan Binamu",
            "dinsos",
        ),
        _bjm(
            "disdagperin-6371",
            "Dinas Perdagangan dan Perindustrian Kota Banjarmasin",
            ("DINAS PERDAGANGAN DAN PERINDUSTRIAN",),
            "500.2/{n}/Disdagperin/{year}",
            "Jl. Pangeran Antasari No. 118, Kelurahan Pekapuran Raya, Banjarmasin Timur",
            "disdagperin",
        ),
        _bjm(
            "dlh-6371",
            "Dinas Lingkungan Hidup Kota Banjarmasin",
            ("DINAS LINGKUNGAN HIDUP",),
            "600.4/{n}/DLH/{roman}/{year}",
            "Jl. Brigjend H. Hasan Basri No. 27, Kelurahan Sungai Miai, Banjarmasin Utara",
            "dlh",
        ),
        _bjm(
            "dishub-6371",
            "Dinas Perhubungan Kota Banjarmasin",
            ("DINAS PERHUBUNGAN",),
            "500.11/{n}/Dishub/{year}",
            "Jl. Sutoyo S. No. 301, Kelurahan Teluk Dalam, Banjarmasin Tengah",
            "dishub",
        ),
        _bjm(
            "dukcapil-6371",
            "Dinas Kependudukan dan Pencatatan Sipil Kota Banjarmasin",
            ("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",),
            "400.12/{n}/Disdukcapil/{roman}/{year}",
            "Jl. Jenderal Sudirman No. 19, Kelurahan Antasan Besar, Banjarmasin Tengah",
            "disdukcapil",
        ),
        _bjm(
            "dinkes-6371",
            "Dinas Kesehatan Kota Banjarmasin",
            ("DINAS KESEHATAN",),
            "400.7/{n}/Dinkes/{year}",
            "Jl. Pramuka No. 2, Kelurahan Pemurus Luar, Banjarmasin Timur",
            "dinkes",
        ),
        Agency(
            "yayasan-6371",
            "Yayasan Lestari Sungai Martapura",
            (),
            ("YAYASAN LESTARI SUNGAI MARTAPURA",),
            "{n}/YLSM/{roman}/{year}",
            "Jl. Kelayan A Gang Sepakat No. 14, Kelurahan Kelayan Luar, Banjarmasin Selatan",
            "Banjarmasin",
            "70241",
            "6371",
            "63",
            "511",
            "gmail.com",
            "yayasan.lestari.martapura",
            "6371",
            government_body=False,
        ),
        Agency(
            "pusdatin-pertanian",
            "Pusat Data dan Sistem Informasi Pertanian, Kementerian Pertanian",
            ("KEMENTERIAN PERTANIAN", "SEKRETARIAT JENDERAL"),
            ("PUSAT DATA DAN SISTEM INFORMASI PERTANIAN",),
            "B-{n}/SJ.7/PD.010/{mm}/{year}",
            "Gedung D Lantai 4, Jl. Taman Margasatwa Raya No. 3, Ragunan, Pasar Minggu",
            "Jakarta",
            "12550",
            "3171",
            "31",
            "21",
            "pertanian.go.id",
            "pusdatin",
            "0000",
            "pertanian.go.id",
        ),
        Agency(
            "pusdatin-naker",
            "Pusat Data dan Informasi Ketenagakerjaan, Kementerian Ketenagakerjaan",
            ("KEMENTERIAN KETENAGAKERJAAN", "REPUBLIK INDONESIA"),
            ("PUSAT DATA DAN INFORMASI KETENAGAKERJAAN",),
            "B-{n}/PUSDATIN/DT.01.02/{roman}/{year}",
            "Gedung B Lantai 3, Jl. Jenderal Gatot Subroto Kav. 51, Kuningan Barat",
            "Jakarta",
            "12950",
            None,
            "31",
            "21",
            "kemnaker.go.id",
            "pusdatinaker",
            "0000",
            "kemnaker.go.id",
        ),
        Agency(
            "pusdatin-kkp",
            "Pusat Data, Statistik dan Informasi, Kementerian Kelautan dan Perikanan",
            ("KEMENTERIAN KELAUTAN DAN PERIKANAN", "SEKRETARIAT JENDERAL"),
            ("PUSAT DATA, STATISTIK DAN INFORMASI",),
            "B.{n}/SJ.6/DA.110/{mm}/{year}",
            "Gedung Mina Bahari IV Lantai 6, Jl. Medan Merdeka Timur No. 16, Gambir",
            "Jakarta",
            "10110",
            "3173",
            "31",
            "21",
            "kkp.go.id",
            "pusdatin",
            "0000",
            "kkp.go.id",
        ),
    )
}
