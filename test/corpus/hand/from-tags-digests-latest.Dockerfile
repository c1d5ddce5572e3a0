FROM ubuntu
FROM ubuntu:latest
FROM ubuntu:latest@sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30
FROM ubuntu@sha256:2e863c44b718727c860746568e1d54afd13b2fa71b160f5cd9058fc436217b30
FROM ubuntu:22.04 AS jammy
FROM jammy
FROM scratch
FROM library/debian:latest AS lib
FROM lib
FROM docker.io/library/redis
FROM localhost:5000/team/base
