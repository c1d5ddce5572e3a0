import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/lint/dockerfile/parse.js';
import { runRule } from '../../../src/lint/rule.js';
import { MCD1004 } from '../../../src/lint/rules/ml/MCD1004.js';

const lines = (text: string) => runRule(MCD1004, parseDockerfile(text));

describe('MCD1004 model copied before dependencies are installed', () => {
  it('fails on a model folder or file copied before an install in the same stage', () => {
    expect(lines('FROM a\nCOPY models/ /srv/models/\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n')).toEqual([2]);
    expect(lines('FROM a\nCOPY ./model /srv/model\nRUN apt-get update && apt-get install -y --no-install-recommends libgomp1\n')).toEqual([2]);
    expect(lines('FROM a\nADD fraud.pt /models/\nRUN conda install -y pytorch\n')).toEqual([2]);
    expect(lines('FROM a\nCOPY ["weights/model.safetensors", "/models/"]\nRUN uv pip install --system -r requirements.txt\n')).toEqual([2]);
  });

  it('fails on a model copied from another stage before the install', () => {
    expect(lines('FROM a AS fetch\nRUN echo\nFROM b\nCOPY --from=fetch /srv/models /srv/models\nRUN poetry install --no-root\n')).toEqual([4]);
  });

  it('reports each model copy once', () => {
    expect(lines('FROM a\nCOPY model.onnx /m/\nCOPY models/ /m/\nRUN pip install x==1\nRUN apk add --no-cache libstdc++\n')).toEqual([2, 3]);
  });

  it('passes when the model comes after the installs', () => {
    expect(lines('FROM a\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY models/ /srv/models/\n')).toEqual([]);
  });

  it('passes when the install is in another stage', () => {
    expect(lines('FROM a AS deps\nCOPY models/ /m/\nFROM deps AS runtime\nRUN pip install -r requirements.txt\n')).toEqual([]);
  });

  it('passes on RUNs after the model that install nothing, and on copies that are not models', () => {
    expect(lines('FROM a\nCOPY models/ /m/\nRUN python -c "import onnx; onnx.checker.check_model(\'/m/model.onnx\')"\n')).toEqual([]);
    expect(lines('FROM a\nCOPY src/model.py modeling/ ./\nRUN pip install -r requirements.txt\n')).toEqual([]);
    expect(lines('FROM a\nCOPY requirements.txt /models/\nRUN pip install -r /models/requirements.txt\n')).toEqual([]);
  });
});
