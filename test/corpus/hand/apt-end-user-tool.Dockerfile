FROM ubuntu:22.04
RUN apt update && apt install -y --no-install-recommends htop && rm -rf /var/lib/apt/lists/*
RUN apt-cache policy curl
RUN apt-get update && apt-get install -y --no-install-recommends aptitude=0.8.13-3ubuntu1 && rm -rf /var/lib/apt/lists/*
RUN aptitude update && aptitude install -y vim-tiny
ONBUILD RUN apt remove -y htop
