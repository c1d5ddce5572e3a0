FROM rust:1.79-slim-bookworm AS builder
WORKDIR /usr/src/predictor
RUN rustup target add x86_64-unknown-linux-musl
RUN cargo install cargo-chef --locked --version 0.1.67
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/src/predictor/target \
    cargo build --release --target x86_64-unknown-linux-musl \
    && cp target/x86_64-unknown-linux-musl/release/predictor /usr/local/bin/

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=builder /usr/local/bin/predictor /usr/local/bin/predictor
COPY model.onnx /models/
EXPOSE 9000
ENTRYPOINT ["/usr/local/bin/predictor"]
