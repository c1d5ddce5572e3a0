# hadolint stage ignore=DL3008,DL3015
FROM debian:12 AS build
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*

FROM debian:12 AS runtime
RUN apt-get update && apt-get install -y libc6 && rm -rf /var/lib/apt/lists/*
# hadolint stage ignore=DL3003
RUN cd /opt && ls
RUN cd /srv && ls

# hadolint stage ignore=DL3006,DL3057
FROM ubuntu
EXPOSE 70000
