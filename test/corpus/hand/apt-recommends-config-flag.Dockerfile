FROM ubuntu:22.04
ARG DEBIAN_FRONTEND=noninteractive
RUN apt-get update \
    && apt-get install -y -o APT::Install-Recommends=false openssh-client=1:8.9p1-3ubuntu0.10 \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
    && apt-get install -y -o APT::Install-Recommends=true rsync=3.2.7-0ubuntu0.22.04.2 \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends=true jq=1.6-2.1ubuntu3 && rm -rf /var/lib/apt/lists/*
