FROM debian:12
RUN apt-get update
RUN apt-get install -y python3 python3-pip git
RUN apt-get install -y --no-install-recommends ca-certificates
COPY . /src
CMD ["python3", "/src/main.py"]
