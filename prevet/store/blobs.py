"""Content-addressed blobs: the same bytes are stored once, whatever run they belong to."""

from __future__ import annotations

import hashlib
import zlib

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from prevet.store.models import Blob


def put_blob(session: Session, data: bytes) -> str:
    """Store data (if not already there) inside the session's transaction; returns its hash."""
    digest = hashlib.sha256(data).hexdigest()
    packed = zlib.compress(data, 6)
    encoding, payload = ("zlib", packed) if len(packed) < len(data) else ("raw", data)
    row = {"sha256": digest, "size": len(data), "encoding": encoding, "data": payload}
    dialect = session.get_bind().dialect.name
    if dialect in ("sqlite", "postgresql"):
        # two processes storing the same text at once must not collide
        module = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"])
        session.execute(module.insert(Blob).values(**row).on_conflict_do_nothing())
    elif session.get(Blob, digest) is None:
        session.execute(insert(Blob).values(**row))
    return digest


def get_blob(session: Session, digest: str) -> bytes:
    blob = session.execute(select(Blob).where(Blob.sha256 == digest)).scalar_one()
    return zlib.decompress(blob.data) if blob.encoding == "zlib" else bytes(blob.data)
