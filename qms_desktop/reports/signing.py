"""Ed25519 keys that sign transfer packages (cryptography).

The key that signs is the AGENCY's, kept in its database (services/agency_key.py): a backup or a
move to a new PC keeps the fingerprint the receiving office knows, and two communes kept under
one Windows account never share a key. This module only makes, reads and uses keys.

Versions before that kept one key per Windows account in ``<data dir>/keys/`` (the "legacy
installation key", ``load_or_create_key``); services/agency_key.py decides once, per database,
whether to adopt it. Its short fingerprint — the first 16 hex digits of the SHA-256 of the raw
public key, in groups of four — is printed on the report so it can be read out by phone.
"""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from qms_desktop.domain.errors import QmsError
from qms_desktop.i18n import QT_TRANSLATE_NOOP

KEY_FILE = "installation_ed25519.pem"
PUBLIC_FILE = "installation_ed25519.pub"


class KeyProblem(QmsError):
    context = "Export"


def fingerprint(public_raw: bytes) -> str:
    """'3F2A 9C01 7B44 E0D2': what the receiving office confirms by phone."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


@dataclass(frozen=True)
class InstallationKey:
    private: Ed25519PrivateKey

    @property
    def public_raw(self) -> bytes:
        return self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public_raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _write_new(path: Path, data: bytes, mode: int) -> None:
    """Create ``path`` atomically; if another process created it first, keep theirs."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if the name exists: never overwrite a key
        except FileExistsError:
            pass
        except OSError:
            if not path.exists():
                os.replace(tmp, path)
    finally:
        try:
            tmp.unlink()
        except OSError:
            pass


def generate_key() -> tuple[InstallationKey, str]:
    """A new key and its private PEM (PKCS#8, unencrypted: it lives inside the agency's database)."""
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return InstallationKey(key), pem.decode("ascii")


def key_from_pem(pem: str | bytes, *, where: str = "") -> InstallationKey:
    """Raises: KeyProblem: not a readable Ed25519 private key."""
    try:
        key = serialization.load_pem_private_key(pem.encode("ascii") if isinstance(pem, str) else pem, password=None)
    except (ValueError, TypeError, UnicodeEncodeError) as exc:
        raise KeyProblem(QT_TRANSLATE_NOOP(
            "Export", "The agency's signing key {path} cannot be read. Restore the database from a backup; "
                      "a new key would change the fingerprint the receiving office knows."), path=where) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(QT_TRANSLATE_NOOP("Export", "{path} is not an Ed25519 key."), path=where)
    return InstallationKey(key)


def read_legacy_key(folder: str | Path) -> InstallationKey | None:
    """The per-Windows-account key of earlier versions, if there is a readable one (never creates it)."""
    path = Path(folder) / KEY_FILE
    try:
        return key_from_pem(path.read_bytes(), where=str(path))
    except (OSError, KeyProblem):
        return None


def load_or_create_key(folder: str | Path) -> InstallationKey:
    """The installation's signing key, created in ``folder`` on first use.

    Raises:
        KeyProblem: the key file exists but cannot be read (never silently replaced).
    """
    folder = Path(folder)
    path = folder / KEY_FILE
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        try:
            os.chmod(folder, 0o700)
        except OSError:
            pass
        new = Ed25519PrivateKey.generate()
        pem = new.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
        _write_new(path, pem, 0o600)
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise KeyProblem(QT_TRANSLATE_NOOP(
            "Export", "The installation's signing key {path} cannot be read. Restore it from a backup; "
                      "a new key would change the fingerprint the receiving office knows."), path=str(path)) from exc
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(QT_TRANSLATE_NOOP("Export", "{path} is not an Ed25519 key."), path=str(path))
    result = InstallationKey(key)
    public = folder / PUBLIC_FILE
    if not public.exists():
        try:
            _write_new(public, (result.public_b64 + "\n").encode("ascii"), 0o644)
        except OSError:
            pass  # a convenience copy only
    return result
