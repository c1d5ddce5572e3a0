# syntax=docker/dockerfile:1.4
FROM python:3.12-slim
WORKDIR /srv
RUN pip install --no-cache-dir onnx==1.16.1 skl2onnx==1.17.0 scikit-learn==1.5.0

RUN python3 <<PYEOF
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression
from skl2onnx import to_onnx
X, y = load_iris(return_X_y=True)
clf = LogisticRegression(max_iter=500).fit(X, y)
open("model.onnx", "wb").write(to_onnx(clf, X[:1]).SerializeToString())
PYEOF

RUN <<EOF sh
pip install requests
wget https://example.com/x.json
EOF

CMD ["python3", "-m", "http.server"]
