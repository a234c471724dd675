// Makes the Node.js AES-256-GCM sidecar backups of tests/data/node-gcm the way such backup scripts
// do (crypto.createCipheriv('aes-256-gcm', key, iv) with a 16-byte IV; the auth tag never stored):
// NAME.enc, NAME.iv (raw or hex), NAME.sha256 (hex SHA-256 of NAME.enc). Run with node 18+:
//   node tests/data/node-gcm/make.mjs tests/data/node-gcm
// The key (test data, not a secret) is in key.hex.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const dir = process.argv[2];
const key = Buffer.from("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "hex");
fs.writeFileSync(path.join(dir, "key.hex"), key.toString("hex") + "\n");
const plain = Buffer.alloc(200000);
for (let i = 0; i < plain.length; ++i) plain[i] = (i * 7919) >> 3 & 0xff;
fs.writeFileSync(path.join(dir, "plain.bin"), plain);

function write(name, data, ivAsHex) {
    const iv = crypto.createHash("sha256").update(name).digest().subarray(0, 16);
    const cipher = crypto.createCipheriv("aes-256-gcm", key, iv);
    const enc = Buffer.concat([cipher.update(data), cipher.final()]);
    fs.writeFileSync(path.join(dir, name + ".enc"), enc);
    fs.writeFileSync(path.join(dir, name + ".iv"), ivAsHex ? iv.toString("hex") + "\n" : iv);
    fs.writeFileSync(path.join(dir, name + ".sha256"), crypto.createHash("sha256").update(enc).digest("hex") + "\n");
}
write("backup-raw-iv.sql", plain, false);
write("backup-hex-iv.sql", plain, true);
write("backup.sql.gz", zlib.gzipSync(plain), true);
