import { describe, expect, it } from 'vitest';
import { generateFix } from '../../src/fixes/generate-fix.js';
import { addProjectDependency, pyprojectChangeProblems } from '../../src/fixes/pyproject-edit.js';
import { distributionFor } from '../../src/fixes/python-modules.js';
import { addRequirement, requirementName } from '../../src/fixes/requirements-edit.js';
import { context, findingOf, insertedLines, memoryRepo } from './helpers.js';

const pytestLog = (module: string, testFile: string) => [
  '##[group]Run pytest -q',
  'pytest -q',
  '##[endgroup]',
  '==================================== ERRORS ====================================',
  `____________________ ERROR collecting ${testFile} _____________________`,
  `ImportError while importing test module '/home/runner/work/proj/proj/${testFile}'.`,
  'Hint: make sure your test modules/packages have valid Python names.',
  'Traceback:',
  '/opt/hostedtoolcache/Python/3.12.3/x64/lib/python3.12/importlib/__init__.py:90: in import_module',
  '    return _bootstrap._gcd_import(name[level:], package, level)',
  `${testFile}:3: in <module>`,
  `    import ${module}`,
  `E   ModuleNotFoundError: No module named '${module}'`,
  '=========================== short test summary info ============================',
  `ERROR ${testFile}`,
  '!!!!!!!!!!!!!!!!!!!! Interrupted: 1 error during collection !!!!!!!!!!!!!!!!!!!!',
  '##[error]Process completed with exit code 2.',
];

const tracebackLog = (module: string, file: string) => [
  '##[group]Run python -m app.main --check',
  'python -m app.main --check',
  '##[endgroup]',
  'Traceback (most recent call last):',
  '  File "<frozen runpy>", line 198, in _run_module_as_main',
  '  File "/home/runner/work/proj/proj/src/app/main.py", line 3, in <module>',
  '    from app.config import load',
  `  File "${file}", line 1, in <module>`,
  `    import ${module}`,
  `ModuleNotFoundError: No module named '${module}'`,
  '##[error]Process completed with exit code 1.',
];

const WORKFLOW = (install: string) => `name: tests
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - name: Install
        run: |
          python -m pip install --upgrade pip
          ${install}
      - run: pytest -q
`;

const REQS = '# runtime\nclick>=8.1\nrequests==2.32.3\nrich\n';
const DEV_REQS = '-r requirements.txt\nblack==24.4.2\npytest>=8\npytest-cov\n';

async function fix(files: Record<string, string>, log: string[], workflowPath?: string) {
  return generateFix(context(await findingOf(log), memoryRepo(files), workflowPath ? { workflowPath } : {}));
}

describe('missing Python dependency', () => {
  const layout = {
    'requirements.txt': REQS,
    'requirements-dev.txt': DEV_REQS,
    'src/app/__init__.py': '',
    'src/app/config.py': 'import yaml\n',
    'tests/test_config.py': 'import yaml\n',
    '.github/workflows/tests.yml': WORKFLOW('pip install -r requirements-dev.txt'),
  };

  it('adds a test’s import to the development file the job installs, in sorted position', async () => {
    const result = await fix(
      layout,
      pytestLog('yaml', 'tests/test_config.py'),
      '.github/workflows/tests.yml',
    );
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    expect(result.title).toBe('Add PyYAML to requirements-dev.txt');
    expect(result.changes[0]!.after).toBe(
      '-r requirements.txt\nblack==24.4.2\npytest>=8\npytest-cov\nPyYAML\n',
    );
    expect(result.verify).toBe('pip install -r requirements-dev.txt && python -c "import yaml"');
  });

  it('never patches a name only the log gives: `import reqeusts` becomes a suggestion to verify the name', async () => {
    const result = await fix(
      { ...layout, 'tests/test_http.py': 'import reqeusts\n' },
      pytestLog('reqeusts', 'tests/test_http.py'),
      '.github/workflows/tests.yml',
    );
    expect(result.kind).toBe('suggestion');
    if (result.kind !== 'suggestion') return;
    expect(result.fixType).toBe('missing_dependency');
    expect(result.title).toBe('Verify the package name, then add reqeusts to requirements-dev.txt');
    expect(result.explanation).toMatch(/Verify the package name on PyPI before adding it/);
    expect(result.explanation).toMatch(/typosquatting/);
    expect(result.diff).toContain('+reqeusts');
  });

  it('patches a name the repository already names in another manifest or lockfile, and says which', async () => {
    const lock = '[[package]]\nname = "humanize"\nversion = "4.9.0"\n';
    const confirmed = await fix(
      { ...layout, 'poetry.lock': lock, 'tests/test_fmt.py': 'import humanize\n' },
      pytestLog('humanize', 'tests/test_fmt.py'),
      '.github/workflows/tests.yml',
    );
    expect(confirmed.kind).toBe('patch');
    expect(confirmed.kind === 'patch' && confirmed.notes[0]).toBe(
      'The name humanize is confirmed by poetry.lock, which already names it.',
    );
    const docs = await fix(
      {
        ...layout,
        'docs/requirements.txt': 'sphinx\nHumanize>=4\n',
        'tests/test_fmt.py': 'import humanize\n',
      },
      pytestLog('humanize', 'tests/test_fmt.py'),
      '.github/workflows/tests.yml',
    );
    expect(docs.kind).toBe('patch');
    // A mention in a comment, or a longer name containing it, confirms nothing.
    const comment = await fix(
      {
        ...layout,
        'constraints.txt': '# humanize is not used yet\nhumanize-extra==1\n',
        'tests/test_fmt.py': 'import humanize\n',
      },
      pytestLog('humanize', 'tests/test_fmt.py'),
      '.github/workflows/tests.yml',
    );
    expect(comment.kind).toBe('suggestion');
  });

  it('adds shipped code’s import to the main file the development file includes', async () => {
    const result = await fix(
      layout,
      tracebackLog('yaml', '/home/runner/work/proj/proj/src/app/config.py'),
      '.github/workflows/tests.yml',
    );
    expect(result.kind === 'patch' && result.changes[0]!.path).toBe('requirements.txt');
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      '# runtime\nclick>=8.1\nPyYAML\nrequests==2.32.3\nrich\n',
    );
    expect(result.kind === 'patch' && insertedLines(REQS, result.changes[0]!.after)).toEqual({
      at: 3,
      lines: ['PyYAML'],
    });
  });

  it('maps import names to distributions: cv2, google.protobuf', async () => {
    const cv = await fix(
      layout,
      tracebackLog('cv2', '/home/runner/work/proj/proj/src/app/config.py'),
      '.github/workflows/tests.yml',
    );
    expect(cv.kind === 'patch' && cv.changes[0]!.after).toContain('\nopencv-python\nrequests');
    const pb = await fix(
      layout,
      tracebackLog('google.protobuf', '/home/runner/work/proj/proj/src/app/config.py'),
    );
    expect(pb.kind === 'patch' && pb.changes[0]!.after).toContain('click>=8.1\nprotobuf\nrequests');
  });

  it('edits [project] dependencies of pyproject.toml when the job installs the project', async () => {
    const pyproject = `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "proj"
version = "0.3.0"
requires-python = ">=3.10"
dependencies = [
    "click>=8.1",
    "httpx>=0.27",  # HTTP client
    "rich",
]

[project.optional-dependencies]
test = ["pytest>=8"]
`;
    const files = {
      'pyproject.toml': pyproject,
      'src/proj/__init__.py': '',
      '.github/workflows/tests.yml': WORKFLOW('pip install -e ".[test]"'),
    };
    const result = await fix(
      files,
      tracebackLog('dateutil', '/home/runner/work/proj/proj/src/proj/dates.py'),
      '.github/workflows/tests.yml',
    );
    expect(result.kind).toBe('patch');
    if (result.kind !== 'patch') return;
    expect(result.changes[0]!.after).toBe(
      pyproject.replace('    "rich",\n', '    "python-dateutil",\n    "rich",\n'),
    );
  });

  it('keeps CRLF endings and a missing final newline of an unsorted file', async () => {
    const reqs = 'numpy\r\npandas>=2\r\nmatplotlib';
    const result = await fix(
      { 'requirements.txt': reqs },
      tracebackLog('sklearn', '/home/runner/work/proj/proj/src/app/model.py'),
    );
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      'numpy\r\npandas>=2\r\nmatplotlib\r\nscikit-learn',
    );
  });

  it('follows -r includes in a requirements/ directory', async () => {
    const files = {
      'requirements/base.txt': 'Django>=5.0\npsycopg[binary]\n',
      'requirements/dev.txt': '-r base.txt\nfactory-boy\npytest-django\n',
      '.github/workflows/ci.yml': WORKFLOW('pip install -r requirements/dev.txt'),
    };
    const result = await fix(
      files,
      tracebackLog('celery', '/home/runner/work/proj/proj/shop/tasks.py'),
      '.github/workflows/ci.yml',
    );
    expect(result.kind === 'patch' && result.changes[0]!.path).toBe('requirements/base.txt');
    expect(result.kind === 'patch' && result.changes[0]!.after).toBe(
      'celery\nDjango>=5.0\npsycopg[binary]\n',
    );
  });

  it('refuses the standard library, relative imports, the repository’s own modules and shared namespaces', async () => {
    const reason = async (files: Record<string, string>, log: string[], wf?: string) => {
      const r = await fix(files, log, wf);
      return r.kind === 'none' ? r.reason : `unexpected ${r.kind}`;
    };
    const from = '/home/runner/work/proj/proj/src/app/config.py';
    expect(await reason(layout, tracebackLog('tomllib', from))).toMatch(/standard library from 3\.11/);
    expect(await reason(layout, tracebackLog('distutils', from))).toMatch(
      /removed from Python's standard library in 3\.12/,
    );
    expect(await reason(layout, tracebackLog('json', from))).toMatch(/standard library/);
    expect(await reason({ ...layout, 'mylib/__init__.py': '' }, tracebackLog('mylib.core', from))).toMatch(
      /own module \(mylib\/\)/,
    );
    expect(await reason({ ...layout, 'src/app/helpers.py': '' }, tracebackLog('helpers', from))).toMatch(
      /own module/,
    );
    expect(await reason(layout, tracebackLog('google', from))).toMatch(/namespace/);
    expect(
      await reason(
        layout,
        tracebackLog(
          'six',
          '/opt/hostedtoolcache/Python/3.12.3/x64/lib/python3.12/site-packages/dateutil/tz.py',
        ),
      ),
    ).toMatch(/installed package/);
  });

  it('refuses when the requirement is listed but not installed, generated files, and other managers', async () => {
    const reason = async (files: Record<string, string>, log: string[], wf?: string) => {
      const r = await fix(files, log, wf);
      return r.kind === 'none' ? r.reason : `unexpected ${r.kind}`;
    };
    const from = '/home/runner/work/proj/proj/src/app/config.py';
    const onlyMain = {
      ...layout,
      '.github/workflows/tests.yml': WORKFLOW('pip install -r requirements.txt'),
    };
    expect(
      await reason(onlyMain, pytestLog('pytest_cov', 'tests/test_a.py'), '.github/workflows/tests.yml'),
    ).toMatch(
      /pytest-cov is already listed in requirements-dev\.txt; the failing job does not install it \(it installs requirements\.txt\)/,
    );
    const compiled = {
      'requirements.txt':
        '#\n# This file is autogenerated by pip-compile with Python 3.12\n#\nclick==8.1.7\n',
    };
    expect(await reason(compiled, tracebackLog('yaml', from))).toMatch(/generated by pip-compile/);
    expect(
      await reason(
        { 'pyproject.toml': '[tool.poetry.dependencies]\npython = "^3.11"\n' },
        tracebackLog('yaml', from),
      ),
    ).toMatch(/poetry add PyYAML/);
    expect(await reason({ Pipfile: '[packages]\n' }, tracebackLog('yaml', from))).toMatch(
      /pipenv install PyYAML/,
    );
    const two = { 'requirements.txt': 'a\n', 'requirements-docs.txt': 'b\n', 'requirements-prod.txt': 'c\n' };
    expect(await reason(two, tracebackLog('yaml', from))).toMatch(/several files could take PyYAML/);
  });
});

describe('requirements and pyproject edits', () => {
  it('reads requirement names the way pip writes them', () => {
    expect(requirementName('Flask[async]>=2.0 ; python_version > "3.8"')).toBe('Flask');
    expect(requirementName('my-pkg @ https://example.com/p.whl')).toBe('my-pkg');
    expect(requirementName('-r base.txt')).toBeUndefined();
    expect(requirementName('git+https://github.com/a/b.git')).toBeUndefined();
    expect(requirementName('# comment')).toBeUndefined();
  });

  it('inserts above the comment that describes the next requirement', () => {
    expect(addRequirement('attrs\n# YAML parsing\nruamel.yaml\n', 'PyYAML')).toEqual({
      ok: true,
      value: 'attrs\nPyYAML\n# YAML parsing\nruamel.yaml\n',
    });
  });

  it('inserts into one-line and trailing-comma-free pyproject arrays and checks the result', () => {
    const one = '[project]\nname = "x"\ndependencies = ["b", \'d\']\n';
    const added = addProjectDependency(one, 'c');
    expect(added).toEqual({ ok: true, value: '[project]\nname = "x"\ndependencies = ["b", "c", \'d\']\n' });
    const noComma = '[project]\ndependencies = [\n  "a",\n  "b"\n]\n';
    const appended = addProjectDependency(noComma, 'z');
    expect(appended).toEqual({ ok: true, value: '[project]\ndependencies = [\n  "a",\n  "b",\n  "z"\n]\n' });
    if (appended.ok) expect(pyprojectChangeProblems(noComma, appended.value)).toEqual([]);
    expect(addProjectDependency('[project]\ndependencies = []\n', 'a')).toEqual({
      ok: true,
      value: '[project]\ndependencies = ["a"]\n',
    });
    expect(
      pyprojectChangeProblems(
        noComma,
        noComma.replace('[project]', '[project]\nname = "y"').replace('"b"', '"b", "z"'),
      ),
    ).toEqual(['text outside the [project] dependencies array changed']);
    expect(pyprojectChangeProblems(noComma, noComma.replace('"b"\n', '"b",\n  "z" "y"\n'))[0]).toMatch(
      /does not read back/,
    );
    expect(addProjectDependency('[tool.poetry.dependencies]\nx = "1"\n', 'a').ok).toBe(false);
  });

  it('maps dotted names before top-level ones and refuses shared namespaces', () => {
    expect(distributionFor('google.protobuf.json_format')).toEqual({ name: 'protobuf', mapped: true });
    expect(distributionFor('PIL.Image')).toEqual({ name: 'Pillow', mapped: true });
    expect(distributionFor('requests.adapters')).toEqual({ name: 'requests', mapped: false });
    expect(distributionFor('google.something')).toBeUndefined();
  });
});
