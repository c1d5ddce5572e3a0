FROM alpine:3.20
LABEL Maintainer="someone@example.com"
LABEL com.docker.compose.project="demo"
LABEL io.docker.thing="x" org.dockerproject.other="y"
LABEL com.example..double="x"
LABEL com.example.trailing-="x"
LABEL 1com.example.digit="x"
LABEL com.example--dash="x"
LABEL com.example.under_score="ok" com.example.slash/path="ok"
LABEL com.example.UPPER="x"
LABEL "com.example.quoted"="fine"
LABEL version=1.0.0 description="ok keys"
CMD ["sh"]
