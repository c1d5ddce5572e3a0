FROM golang:1.22.4-bookworm AS build
WORKDIR /src
RUN go install github.com/go-delve/delve/cmd/dlv@latest
RUN go install golang.org/x/tools/cmd/goimports@v0.22.0
RUN go install honnef.co/go/tools/cmd/staticcheck
RUN go get github.com/stretchr/testify@v1.9.0
RUN go get -u github.com/spf13/cobra
RUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@none
RUN go run github.com/swaggo/swag/cmd/swag@v1.16.3 init
RUN go run ./cmd/gen --out internal/gen
COPY . .
RUN go install ./cmd/... && go install .
RUN CGO_ENABLED=0 go build -ldflags="-s -w" -o /out/server ./cmd/server

FROM scratch
COPY --from=build /out/server /server
USER 65534:65534
ENTRYPOINT ["/server"]
