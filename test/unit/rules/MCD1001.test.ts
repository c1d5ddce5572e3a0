import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { MCD1001 } from '../../../src/lint/rules/ml/MCD1001.js';

const lines = (text: string) => runRule(MCD1001, parseDockerfile(text));
const SHA = 'a'.repeat(64);

describe('MCD1001 model fetched without an integrity check', () => {
  it('fails on curl/wget of a model file', () => {
    expect(lines('FROM python:3.12-slim\nRUN curl -fsSL -o /models/model.onnx https://models.example.com/fraud/3/model.onnx\n')).toEqual([2]);
    // The URL has no extension, the output file has.
    expect(lines('FROM python:3.12-slim\nRUN wget -q "https://models.example.com/get?id=7" -O /models/model.safetensors\n')).toEqual([2]);
    expect(lines('FROM a\nRUN curl -L https://models.example.com/m.pt?download=1 -o m.pt && echo done\n')).toEqual([2]);
  });

  it('fails on object stores, hubs and registries', () => {
    expect(lines('FROM a\nRUN aws s3 cp --recursive s3://bucket/models/fraud/3/ /srv/models/\n')).toEqual([2]);
    expect(lines('FROM a\nRUN gsutil -m cp gs://bucket/fraud/model.pt /srv/\n')).toEqual([2]);
    expect(lines('FROM a\nRUN huggingface-cli download org/model --local-dir /models\n')).toEqual([2]);
    expect(lines('FROM a\nRUN hf download org/model model.safetensors\n')).toEqual([2]);
    expect(lines('FROM a\nRUN mlflow artifacts download -u models:/fraud/3 -d /models\n')).toEqual([2]);
    expect(lines('FROM a\nRUN python -c "from transformers import AutoModel; AutoModel.from_pretrained(\'org/model\')"\n')).toEqual([2]);
    expect(lines('FROM a\nRUN python3 -c "import urllib.request as u; u.urlretrieve(\'https://models.example.com/m.onnx\', \'m.onnx\')"\n')).toEqual([2]);
  });

  it('fails on ADD of a model URL without --checksum', () => {
    expect(lines('FROM a\nADD https://models.example.com/fraud/3/model.onnx /models/\n')).toEqual([2]);
    expect(lines('FROM a\nADD ["https://models.example.com/get?id=3", "/models/model.gguf"]\n')).toEqual([2]);
    expect(lines('FROM a\nONBUILD ADD https://models.example.com/m.pt /m/\n')).toEqual([2]);
  });

  it('fails when the digest is only printed, or checked before the download or in another stage', () => {
    expect(lines('FROM a\nRUN curl -o m.onnx https://models.example.com/m.onnx && sha256sum m.onnx\n')).toEqual([2]);
    expect(lines(`FROM a\nRUN echo "${SHA}  m.onnx" | sha256sum -c -\nRUN curl -o m.onnx https://models.example.com/m.onnx\n`)).toEqual([3]);
    expect(lines(`FROM a AS fetch\nRUN curl -o /m.onnx https://models.example.com/m.onnx\nFROM a\nRUN echo "${SHA}  /m.onnx" | sha256sum -c -\n`)).toEqual([2]);
  });

  it('passes with a checksum verified in the same RUN or a later RUN of the stage', () => {
    expect(lines(`FROM a\nRUN curl -fsSLo m.onnx https://models.example.com/m.onnx \\\n && echo "${SHA}  m.onnx" | sha256sum -c -\n`)).toEqual([]);
    expect(lines('FROM a\nRUN wget -q https://models.example.com/m.pt\nCOPY m.pt.sha256 .\nRUN sha256sum --check m.pt.sha256\n')).toEqual([]);
    expect(lines('FROM a\nRUN curl -o m.pt https://models.example.com/m.pt && shasum -a 256 -c m.pt.sha256\n')).toEqual([]);
    expect(lines('FROM a\nRUN curl -o m.pt https://models.example.com/m.pt && test "$(sha256sum m.pt | cut -c1-64)" = "$SHA"\n')).toEqual([]);
    expect(lines('FROM a\nRUN curl -o m.pt https://models.example.com/m.pt && cosign verify-blob --key k.pub --signature m.sig m.pt\n')).toEqual([]);
    expect(lines(`FROM a\nADD --checksum=sha256:${SHA} https://models.example.com/m.onnx /models/\n`)).toEqual([]);
  });

  it('passes on downloads that are not models, uploads and local copies', () => {
    expect(lines('FROM a\nRUN curl -fsSL https://example.com/install.sh -o install.sh\n')).toEqual([]);
    expect(lines('FROM a\nADD https://example.com/tool.tar.gz /opt/\n')).toEqual([]);
    expect(lines('FROM a\nRUN curl -T model.onnx https://models.example.com/upload\n')).toEqual([]);
    expect(lines('FROM a\nRUN aws s3 cp /srv/models/model.onnx s3://bucket/backup/\n')).toEqual([]);
    expect(lines('FROM a\nRUN hf download org/reviews --repo-type dataset\n')).toEqual([]);
    expect(lines('FROM a\nRUN echo https://models.example.com/m.onnx\n')).toEqual([]);
    expect(lines('FROM a\nCOPY model.onnx /models/\n')).toEqual([]);
  });

  it('reads ARG defaults and ENV values used in the command', () => {
    expect(lines('FROM a\nARG MODEL_URL=https://models.example.com/fraud/3/model.onnx\nRUN curl -fsSLO "$MODEL_URL"\n')).toEqual([3]);
    expect(lines('FROM a\nENV MODEL_URL=https://models.example.com/m.pt\nADD ${MODEL_URL} /models/\n')).toEqual([3]);
    expect(lines('FROM a\nARG URL\nRUN curl -fsSL "$URL" -o /models/model.onnx\n')).toEqual([3]);
    // Nothing says the download is a model.
    expect(lines('FROM a\nARG URL\nRUN curl -fsSLO "$URL"\n')).toEqual([]);
  });

  it('reads from_pretrained as a download unless it loads a local copy', () => {
    expect(lines('FROM a\nRUN python -c "from transformers import AutoModel as M; M.from_pretrained(\'/models/bert\')"\n')).toEqual([]);
    expect(lines('FROM a\nRUN python -c "from transformers import AutoModel as M; M.from_pretrained(\'org/m\', local_files_only=True)"\n')).toEqual([]);
    expect(lines('FROM a\nRUN python -c "import urllib.request as u; u.urlopen(\'http://127.0.0.1:8080/healthz\')"\n')).toEqual([]);
  });

  it('reads model archives and registry URIs', () => {
    expect(lines('FROM a\nRUN curl -sSL https://models.example.com/resnet/v3/model.tar.gz | tar -xz -C /opt\n')).toEqual([2]);
    expect(lines('FROM a\nRUN wget -q https://files.example.com/models/resnet50.zip && unzip resnet50.zip\n')).toEqual([2]);
    expect(lines('FROM a\nADD https://files.example.com/fraud/model.tar.gz /opt/\n')).toEqual([2]);
    expect(lines('FROM a\nARG MODEL_URI=models:/fraud@champion\nRUN mlflow models prepare-env -m "$MODEL_URI"\n')).toEqual([3]);
    expect(lines('FROM a\nRUN python fetch.py runs:/4f1c/model\n')).toEqual([2]);
    // A tool archive, a printed URI, a server started at run time.
    expect(lines('FROM a\nRUN curl -fsSL https://example.com/tool-1.2.tar.gz | tar -xz\n')).toEqual([]);
    expect(lines('FROM a\nRUN echo models:/fraud@champion > /srv/model-uri\n')).toEqual([]);
  });
});

