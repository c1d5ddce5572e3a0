FROM python:3.11-slim AS base
COPY requirements.txt requirements.txt
COPY model.onnx models/
COPY app.py /srv/app.py
COPY run.sh "$HOME/run.sh"
COPY extra.cfg ${APP_HOME}/extra.cfg
WORKDIR /srv
COPY more.py more.py

FROM base AS child
COPY child.py child.py

FROM python:3.11-slim AS fresh
COPY fresh.py fresh.py
ADD archive.tar.gz vendor/

FROM mcr.microsoft.com/windows/nanoserver:ltsc2022 AS win
COPY app.exe C:/app/app.exe
COPY app.exe c:\\tools\\app.exe
