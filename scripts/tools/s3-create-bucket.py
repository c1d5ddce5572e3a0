"""Creates a bucket through the S3 API, signed with AWS signature v4; an existing bucket of
the same owner counts as success. Standard library only: it runs before any venv exists.

usage: s3-create-bucket.py ENDPOINT BUCKET ACCESS_KEY SECRET_KEY REGION

The API rather than a folder in the store: s3proxy's filesystem store reads a bucket's ACL
from the folder's permission bits, and a folder made by hand can come out public-read.
"""

import datetime
import hashlib
import hmac
import sys
import urllib.error
import urllib.parse
import urllib.request

endpoint, bucket, access_key, secret_key, region = sys.argv[1:6]
host = urllib.parse.urlsplit(endpoint).netloc
amz_date = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
day = amz_date[:8]
payload_hash = hashlib.sha256(b"").hexdigest()

headers = {"host": host, "x-amz-content-sha256": payload_hash, "x-amz-date": amz_date}
signed_headers = ";".join(sorted(headers))
canonical_request = "\n".join(
    [
        "PUT",
        "/" + urllib.parse.quote(bucket),
        "",
        "".join(f"{name}:{headers[name]}\n" for name in sorted(headers)),
        signed_headers,
        payload_hash,
    ]
)
scope = f"{day}/{region}/s3/aws4_request"
string_to_sign = "\n".join(
    ["AWS4-HMAC-SHA256", amz_date, scope, hashlib.sha256(canonical_request.encode()).hexdigest()]
)
key = ("AWS4" + secret_key).encode()
for part in (day, region, "s3", "aws4_request"):
    key = hmac.new(key, part.encode(), hashlib.sha256).digest()
signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()

request = urllib.request.Request(
    f"{endpoint}/{urllib.parse.quote(bucket)}",
    data=b"",
    method="PUT",
    headers={
        "x-amz-content-sha256": payload_hash,
        "x-amz-date": amz_date,
        "Authorization": f"AWS4-HMAC-SHA256 Credential={access_key}/{scope}, "
        f"SignedHeaders={signed_headers}, Signature={signature}",
    },
)
try:
    with urllib.request.urlopen(request, timeout=10):
        pass
except urllib.error.HTTPError as e:
    body = e.read().decode(errors="replace")
    if e.code == 409 and "BucketAlreadyOwnedByYou" in body:
        sys.exit(0)
    sys.exit(f"creating bucket {bucket}: HTTP {e.code} {body}")
