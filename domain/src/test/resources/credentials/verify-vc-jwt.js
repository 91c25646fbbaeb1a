// An independent VC-JWT check with nothing but Node's built-in crypto and zlib (no JOSE library):
// verifies the Ed25519 signature of a compact JWS against a public JWK and, when given a status
// list JWT, verifies it too and reads the credential's bit (GZIP, base64url, bit 0 = high bit).
// Usage: node verify-vc-jwt.js CREDENTIAL_FILE JWK_FILE [STATUS_LIST_FILE]
// Prints one JSON line; exit 0 when every signature verifies, 1 otherwise.
'use strict';
const crypto = require('crypto');
const fs = require('fs');
const zlib = require('zlib');

function check(jwt, key) {
  const [h, p, s] = jwt.trim().split('.');
  const ok = crypto.verify(null, Buffer.from(h + '.' + p), key, Buffer.from(s, 'base64url'));
  return {
    ok,
    header: JSON.parse(Buffer.from(h, 'base64url').toString('utf8')),
    payload: JSON.parse(Buffer.from(p, 'base64url').toString('utf8')),
  };
}

const [credentialFile, jwkFile, statusFile] = process.argv.slice(2);
const key = crypto.createPublicKey({ key: JSON.parse(fs.readFileSync(jwkFile, 'utf8')), format: 'jwk' });
const credential = check(fs.readFileSync(credentialFile, 'utf8'), key);
const out = {
  signature: credential.ok,
  alg: credential.header.alg,
  typ: credential.header.typ,
  issuer: credential.payload.issuer.id,
  firstValue: credential.payload.credentialSubject.result[0].value,
};
let ok = credential.ok;
if (statusFile) {
  const list = check(fs.readFileSync(statusFile, 'utf8'), key);
  const bits = zlib.gunzipSync(Buffer.from(list.payload.credentialSubject.encodedList.slice(1), 'base64url'));
  const index = Number(credential.payload.credentialStatus.statusListIndex);
  out.statusListSignature = list.ok;
  out.statusListBits = bits.length * 8;
  out.revoked = (bits[Math.floor(index / 8)] & (0x80 >> (index % 8))) !== 0;
  ok = ok && list.ok;
}
console.log(JSON.stringify(out));
process.exit(ok ? 0 : 1);
