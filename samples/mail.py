"""E-mail messages (.eml) the way office mail clients send a submission.

multipart/mixed with a text/plain body (optionally multipart/alternative with
text/html), base64 attachments. Attachment names are encoded the way each
client does it:

- ``thunderbird``: RFC 2231 (``filename*=utf-8''Formulir%20FS3%20%E2%80%93...``);
- ``outlook`` and ``gmail``: RFC 2047 encoded words inside the quoted
  ``name``/``filename`` parameters (not what the RFCs say, but what these
  clients send and every reader accepts).

Date, Message-ID and the MIME boundaries are fixed by the caller, so the bytes
are reproducible.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import datetime
from email import encoders
from email.charset import QP, Charset
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr
from typing import Any

CLIENTS = ("outlook", "thunderbird", "gmail")

_MAILERS = {
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "gmail": ("X-Mailer", "Gmail"),
}


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes


def _boundary(client: str, token: str, index: int) -> str:
    digest = hashlib.sha256(f"{token}:{index}".encode()).hexdigest().upper()
    if client == "outlook":
        return f"----=_NextPart_00{index}_{digest[:4]}_{digest[4:12]}.{digest[12:20]}"
    if client == "gmail":
        return f"000000000000{digest[:16].lower()}"
    return f"------------{digest[:24]}"


def _utf8_qp() -> Any:
    # Quoted-printable bodies, as mail clients send Indonesian text (MIMEText takes a Charset).
    charset = Charset("utf-8")
    charset.body_encoding = QP
    return charset


def _attachment_part(att: Attachment, client: str) -> MIMEBase:
    maintype, subtype = att.content_type.split("/", 1)
    part = MIMEBase(maintype, subtype)
    part.set_payload(att.data)
    encoders.encode_base64(part)
    ascii_name = att.filename.isascii()
    if ascii_name:
        part.set_param("name", att.filename)
        part.add_header("Content-Disposition", "attachment", filename=att.filename)
    elif client == "thunderbird":
        part.set_param("name", ("utf-8", "", att.filename))  # type: ignore[arg-type]
        part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", att.filename))
    else:
        encoded = Header(att.filename, "utf-8").encode(linesep=" ")
        del part["Content-Type"]
        part["Content-Type"] = f'{att.content_type}; name="{encoded}"'
        part["Content-Disposition"] = f'attachment; filename="{encoded}"'
    if client == "outlook":
        part["Content-ID"] = f"<{hashlib.sha256(att.data).hexdigest()[:16]}@outlook>"
    return part


def build_eml(
    *,
    sender: tuple[str, str],
    to: tuple[str, str],
    subject: str,
    date: datetime,
    message_id: str,
    text: str,
    html: str | None,
    attachments: list[Attachment],
    client: str,
    token: str,
) -> bytes:
    """Serialise one message with CRLF line ends; ``token`` seeds the boundaries."""
    root = MIMEMultipart("mixed", boundary=_boundary(client, token, 0))
    root["From"] = formataddr(sender, charset="utf-8")
    root["To"] = formataddr(to)
    # A Header object lets the generator fold the encoded words onto the Subject line itself.
    subject_header: Any = (
        subject if subject.isascii() else Header(subject, "utf-8", header_name="Subject")
    )
    root["Subject"] = subject_header
    root["Date"] = format_datetime(date)
    root["Message-ID"] = message_id
    header, value = _MAILERS[client]
    root[header] = value
    body_plain = MIMEText(text, "plain", _utf8_qp())
    if html is None:
        root.attach(body_plain)
    else:
        alternative = MIMEMultipart("alternative", boundary=_boundary(client, token, 1))
        alternative.attach(body_plain)
        alternative.attach(MIMEText(html, "html", _utf8_qp()))
        root.attach(alternative)
    for att in attachments:
        root.attach(_attachment_part(att, client))
    # email.mime stamps MIME-Version on every part; clients write it once, at the top.
    for part in root.walk():
        if part is not root:
            del part["MIME-Version"]
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n")).flatten(root)
    return buf.getvalue()
