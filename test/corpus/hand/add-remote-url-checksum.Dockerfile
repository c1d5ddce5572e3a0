# syntax=docker/dockerfile:1.7-labs
FROM debian:12-slim
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d \
    https://releases.example.com/tool/v2.3.0/tool-linux-amd64.tar.gz /tmp/tool.tar.gz
ADD --link --chmod=0755 https://releases.example.com/tini/v0.19.0/tini-static /tini
ADD --keep-git-dir=true https://github.com/example/feature-pipeline.git#v1.4.0 /src/pipeline
ADD --exclude=*.md docs /usr/share/doc/app
ENTRYPOINT ["/tini", "--"]
