"""TLS to the central service: always verified, a custom CA bundle, and optional mutual TLS.

A real uvicorn server with the reference service's app serves HTTPS on loopback with a certificate from a
CA made for the test (cryptography), so the client's verification is exercised end to end.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import ssl
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from central_service.api import create_app
from central_service.config import ServiceSettings
from central_service.service import CentralService
from clerk_app.config import CentralServiceSettings
from clerk_app.errors import CentralUnreachable
from clerk_app.sync.client import CentralClient, Outcome
from tests.support.registrations import registration_body
from tests.support.waiting import wait_until


@dataclass(frozen=True)
class Pki:
    ca: Path
    server_cert: Path
    server_key: Path
    client_cert: Path
    client_key: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def _issue(
    subject: str,
    key: ec.EllipticCurvePrivateKey,
    issuer: x509.Name,
    signer: ec.EllipticCurvePrivateKey,
    *,
    ca: bool = False,
    server: bool = False,
    client: bool = False,
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
    )
    if ca:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
    if server:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    if client:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False
        )
    return builder.sign(signer, hashes.SHA256())


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    folder = tmp_path_factory.mktemp("pki")

    def write(name: str, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> tuple[Path, Path]:
        cert_path, key_path = folder / f"{name}.pem", folder / f"{name}.key"
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        return cert_path, key_path

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = _issue("clerk-app test CA", ca_key, _name("clerk-app test CA"), ca_key, ca=True)
    ca, _ = write("ca", ca_cert, ca_key)
    server_key, client_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    server = write(
        "server", _issue("127.0.0.1", server_key, ca_cert.subject, ca_key, server=True), server_key
    )
    client = write("desk-07", _issue("desk-07", client_key, ca_cert.subject, ca_key, client=True), client_key)
    return Pki(ca, server[0], server[1], client[0], client[1])


@dataclass
class HttpsCentral:
    url: str
    service: CentralService


def serve_https(tmp_path: Path, pki: Pki, *, require_client_cert: bool) -> Iterator[HttpsCentral]:
    settings = ServiceSettings(
        data_dir=tmp_path / "central", access_log=False, smtp={"host": "127.0.0.1", "port": 9}
    )
    service = CentralService(settings)
    service.db.upgrade()
    config = uvicorn.Config(
        create_app(service),
        host="127.0.0.1",
        port=0,
        lifespan="off",
        log_level="warning",
        ssl_certfile=str(pki.server_cert),
        ssl_keyfile=str(pki.server_key),
        ssl_ca_certs=str(pki.ca),
        ssl_cert_reqs=ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE,
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    wait_until(
        lambda: (server.started and server.servers) or not thread.is_alive(), what="the HTTPS server to start"
    )
    assert thread.is_alive(), "the HTTPS server did not start"
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield HttpsCentral(f"https://127.0.0.1:{port}", service)
    finally:
        server.should_exit = True
        thread.join(15)
        service.db.dispose()


@pytest.fixture
def https(tmp_path: Path, pki: Pki) -> Iterator[HttpsCentral]:
    yield from serve_https(tmp_path, pki, require_client_cert=False)


@pytest.fixture
def mutual(tmp_path: Path, pki: Pki) -> Iterator[HttpsCentral]:
    yield from serve_https(tmp_path, pki, require_client_cert=True)


def test_a_server_the_system_does_not_trust_is_refused(https: HttpsCentral) -> None:
    with CentralClient(CentralServiceSettings(url=https.url), "token") as client:
        result = client.submit(str(uuid.uuid4()), registration_body(1))
        assert not client.health()
    assert (result.outcome, result.reason) == (Outcome.RETRY, "tls_failed")


def test_the_configured_ca_bundle_is_trusted(https: HttpsCentral, pki: Pki) -> None:
    with CentralClient(CentralServiceSettings(url=https.url, ca_bundle=pki.ca), None) as client:
        assert client.health()
        assert client.submit(str(uuid.uuid4()), registration_body(2)).outcome is Outcome.UNAUTHORISED


def test_mutual_tls_needs_the_client_certificate(mutual: HttpsCentral, pki: Pki) -> None:
    without = CentralServiceSettings(url=mutual.url, ca_bundle=pki.ca)
    with_cert = CentralServiceSettings(
        url=mutual.url, ca_bundle=pki.ca, client_cert=pki.client_cert, client_key=pki.client_key
    )
    with CentralClient(without, None) as client:
        assert not client.health()
        with pytest.raises(CentralUnreachable):
            client.enrol("7KQ2-M9XD-4T0B", "desk-07")
    with CentralClient(with_cert, None) as client:
        assert client.health()
