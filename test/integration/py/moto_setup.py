"""Sets up moto's server for the AWS credential chain tests.

usage: moto_setup.py ENDPOINT TAG OBJECT_FILE

Creates, named after TAG: an IAM role allowed everything on S3 (assumed through STS, by a
profile's role_arn or a web identity token); an IAM user allowed to assume it and one allowed
nothing, each with an access key; a bucket holding OBJECT_FILE as model.onnx. Prints them as
JSON. Request checks are left off; the tests turn them on (POST /moto-api/reset-auth N: after N
more requests moto checks every request's signature and the caller's IAM policies).
"""
import json
import sys
import urllib.request

import boto3

endpoint, tag, object_file = sys.argv[1:4]

# Checks off while setting up: the setup itself has no IAM identity yet.
urllib.request.urlopen(urllib.request.Request(f"{endpoint}/moto-api/reset-auth", data=b"inf", headers={"Content-Type": "text/plain"}, method="POST"), timeout=10).read()

session = boto3.session.Session(aws_access_key_id="setup", aws_secret_access_key="setup", region_name="us-east-1")
iam = session.client("iam", endpoint_url=endpoint)
s3 = session.client("s3", endpoint_url=endpoint)

role = f"model-reader-{tag}"
trust = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*", "Federated": "*"}, "Action": ["sts:AssumeRole", "sts:AssumeRoleWithWebIdentity"]}]}
arn = iam.create_role(RoleName=role, AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
allow_s3 = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}
iam.put_role_policy(RoleName=role, PolicyName="s3", PolicyDocument=json.dumps(allow_s3))

users = {}
for name, policy in (("assumer", {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": "*"}), ("nobody", None)):
    user = f"{name}-{tag}"
    iam.create_user(UserName=user)
    if policy:
        iam.put_user_policy(UserName=user, PolicyName="p", PolicyDocument=json.dumps({"Version": "2012-10-17", "Statement": [policy]}))
    key = iam.create_access_key(UserName=user)["AccessKey"]
    users[name] = {"accessKeyId": key["AccessKeyId"], "secretAccessKey": key["SecretAccessKey"]}

bucket = f"creds-{tag}"
s3.create_bucket(Bucket=bucket)
with open(object_file, "rb") as f:
    s3.put_object(Bucket=bucket, Key="model.onnx", Body=f.read())

print(json.dumps({"roleArn": arn, "bucket": bucket, "key": "model.onnx", "users": users}))
