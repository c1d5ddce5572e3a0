FROM debian:12 AS toolchain
RUN apt-get update && apt-get install -y --no-install-recommends clang=1:14.0-55.7~deb12u1

FROM debian:12 AS scratchpad
RUN apt-get update && apt-get install -y --no-install-recommends protobuf-compiler=3.21.12-3

FROM toolchain AS compile
COPY . /src
RUN clang -O2 -o /usr/local/bin/predict /src/predict.c

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=compile /usr/local/bin/predict /predict
COPY --from=scratchpad /usr/bin/protoc /protoc
ENTRYPOINT ["/predict"]
