"""Signed audit bundles: `evenhand bundle`, `evenhand verify` and `evenhand keygen`.

A bundle is a zip archive of the logs, the datasets and judge rubrics they used, the report, the
gate result if any, and a manifest: an in-toto Statement v1 in a DSSE envelope, signed with
Ed25519 or left unsigned, that lists every member's SHA-256, the headline numbers as claims and a
Merkle root over per-sample digests, so that one sample can be disclosed with its proof of
membership without the others. The bundle package imports no suite: it is handed the lookups.
"""

from evenhand.bundle._build import (
    MANIFEST,
    PREDICATE_TYPE,
    STATEMENT_TYPE,
    BundleRequest,
    BundleWritten,
    ReportWriter,
    SuiteFiles,
    build_bundle,
)
from evenhand.bundle._dsse import (
    PAYLOAD_TYPE,
    KeyFiles,
    generate_keys,
    key_id,
    load_private_key,
    load_public_key,
    pae,
)
from evenhand.bundle._merkle import merkle_proof, merkle_root, root_from_proof
from evenhand.bundle._records import canonical_json, sample_digest
from evenhand.bundle._verify import (
    DISCLOSURE_TYPE,
    Verification,
    disclose_sample,
    verify_bundle,
    verify_disclosure,
)

__all__ = [
    "DISCLOSURE_TYPE",
    "MANIFEST",
    "PAYLOAD_TYPE",
    "PREDICATE_TYPE",
    "STATEMENT_TYPE",
    "BundleRequest",
    "BundleWritten",
    "KeyFiles",
    "ReportWriter",
    "SuiteFiles",
    "Verification",
    "build_bundle",
    "canonical_json",
    "disclose_sample",
    "generate_keys",
    "key_id",
    "load_private_key",
    "load_public_key",
    "merkle_proof",
    "merkle_root",
    "pae",
    "root_from_proof",
    "sample_digest",
    "verify_bundle",
    "verify_disclosure",
]
