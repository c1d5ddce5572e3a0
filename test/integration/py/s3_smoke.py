"""Drives the S3 server with boto3 the way the model actions will: put, list a prefix page by
page, ranged get, head, multipart, conditional create, flexible checksums.

usage: s3_smoke.py PREFIX   (endpoint, bucket and credentials from MODEL_CD_S3_* / AWS_*)
Prints one JSON object on the last line of stdout.
"""

import json
import os
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

prefix = sys.argv[1]
bucket = os.environ["MODEL_CD_S3_BUCKET"]
s3 = boto3.client(
    "s3",
    endpoint_url=os.environ["MODEL_CD_S3_ENDPOINT"],
    config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 1}),
)


def error_code(call):
    try:
        call()
    except ClientError as e:
        return e.response["Error"]["Code"]
    return None


body = bytes(range(256)) * 4  # 1 KiB, every byte value
keys = [f"{prefix}/model/{name}" for name in ("a.onnx", "b.json", "c.txt", "d.bin", "e.bin")]
for key in keys:
    s3.put_object(Bucket=bucket, Key=key, Body=body)
s3.put_object(Bucket=bucket, Key=f"{prefix}/other/x", Body=b"x")

# Two keys a page, so the listing has to follow continuation tokens.
listed, pages, token = [], 0, None
while True:
    kwargs = {"Bucket": bucket, "Prefix": f"{prefix}/model/", "MaxKeys": 2}
    if token:
        kwargs["ContinuationToken"] = token
    page = s3.list_objects_v2(**kwargs)
    pages += 1
    listed += [o["Key"] for o in page.get("Contents", [])]
    if not page.get("IsTruncated"):
        break
    token = page["NextContinuationToken"]

ranged = s3.get_object(Bucket=bucket, Key=keys[0], Range="bytes=10-19")
head = s3.head_object(Bucket=bucket, Key=keys[0])

part1, part2 = b"p" * (5 * 1024 * 1024), b"tail"
mpu_key = f"{prefix}/multipart.bin"
upload = s3.create_multipart_upload(Bucket=bucket, Key=mpu_key)["UploadId"]
etags = [
    s3.upload_part(Bucket=bucket, Key=mpu_key, UploadId=upload, PartNumber=n, Body=data)["ETag"]
    for n, data in ((1, part1), (2, part2))
]
s3.complete_multipart_upload(
    Bucket=bucket,
    Key=mpu_key,
    UploadId=upload,
    MultipartUpload={"Parts": [{"PartNumber": n, "ETag": e} for n, e in enumerate(etags, 1)]},
)
mpu_head = s3.head_object(Bucket=bucket, Key=mpu_key)
mpu_edge = s3.get_object(Bucket=bucket, Key=mpu_key, Range=f"bytes={len(part1) - 2}-{len(part1) + 1}")

version_key = f"{prefix}/versions/1"
create_first = error_code(lambda: s3.put_object(Bucket=bucket, Key=version_key, Body=b"first", IfNoneMatch="*"))
create_again = error_code(lambda: s3.put_object(Bucket=bucket, Key=version_key, Body=b"second", IfNoneMatch="*"))

checksum_key = f"{prefix}/checksummed"
put_crc = s3.put_object(Bucket=bucket, Key=checksum_key, Body=b"hello", ChecksumAlgorithm="CRC32")
got_crc = s3.head_object(Bucket=bucket, Key=checksum_key, ChecksumMode="ENABLED")
bad_crc = error_code(lambda: s3.put_object(Bucket=bucket, Key=f"{prefix}/bad", Body=b"hello", ChecksumCRC32="AAAAAA=="))

print(
    json.dumps(
        {
            "listed": listed,
            "pages": pages,
            "range": {
                "status": ranged["ResponseMetadata"]["HTTPStatusCode"],
                "contentRange": ranged["ContentRange"],
                "hex": ranged["Body"].read().hex(),
            },
            "head": {"length": head["ContentLength"], "etag": head["ETag"]},
            "multipart": {
                "length": mpu_head["ContentLength"],
                "etag": mpu_head["ETag"],
                "acrossParts": mpu_edge["Body"].read().decode(),
            },
            "ifNoneMatch": {
                "first": create_first,
                "again": create_again,
                "kept": s3.get_object(Bucket=bucket, Key=version_key)["Body"].read().decode(),
            },
            "checksum": {
                "sent": put_crc.get("ChecksumCRC32"),
                "stored": got_crc.get("ChecksumCRC32"),
                "wrong": bad_crc,
                "wrongStored": error_code(lambda: s3.head_object(Bucket=bucket, Key=f"{prefix}/bad")),
            },
        }
    )
)
