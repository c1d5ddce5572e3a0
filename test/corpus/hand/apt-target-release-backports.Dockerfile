FROM debian:bookworm-slim
RUN echo "deb http://deb.debian.org/debian bookworm-backports main" > /etc/apt/sources.list.d/backports.list
RUN apt-get update \
    && apt-get install -y --no-install-recommends -t bookworm-backports golang-go \
    && apt-get install -y --no-install-recommends --target-release bookworm-backports podman \
    && apt-get install -y --no-install-recommends git/bookworm-backports \
    && rm -rf /var/lib/apt/lists/*
COPY vendor/libfoo_1.2.3_amd64.deb /tmp/
RUN apt-get update \
    && apt-get install -y --no-install-recommends /tmp/libfoo_1.2.3_amd64.deb ./local-tool.deb \
    && rm -rf /var/lib/apt/lists/*
