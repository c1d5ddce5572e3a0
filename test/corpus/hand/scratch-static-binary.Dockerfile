FROM golang:1.22.4-alpine3.20 AS build
RUN apk add --no-cache git=2.45.2-r0 ca-certificates=20240705-r0
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -o /predictor ./cmd/predictor

FROM scratch
COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=build /predictor /predictor
COPY models/ /models/
USER 65534
EXPOSE 8080
ENTRYPOINT ["/predictor", "--models", "/models"]
