/** Python import names: which come with Python, and which distribution provides the others. */
import { ownEntry } from '../own-entry.js';

/**
 * Public top-level modules of the standard library (`sys.stdlib_module_names` of CPython 3.11,
 * plus those added since). Modules later removed are listed too: see REMOVED_FROM_STDLIB.
 */
export const PYTHON_STDLIB: ReadonlySet<string> = new Set(
  (
    'abc aifc annotationlib antigravity argparse array ast asynchat asyncio asyncore atexit audioop base64 bdb ' +
    'binascii bisect builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections ' +
    'colorsys compileall compression concurrent configparser contextlib contextvars copy copyreg crypt csv ctypes ' +
    'curses dataclasses datetime dbm decimal difflib dis distutils doctest email encodings ensurepip enum errno ' +
    'faulthandler fcntl filecmp fileinput fnmatch fractions ftplib functools gc genericpath getopt getpass ' +
    'gettext glob graphlib grp gzip hashlib heapq hmac html http idlelib imaplib imghdr imp importlib inspect io ' +
    'ipaddress itertools json keyword lib2to3 linecache locale logging lzma mailbox mailcap marshal math ' +
    'mimetypes mmap modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers ' +
    'opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil platform plistlib ' +
    'poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr pydoc pydoc_data pyexpat queue ' +
    'quopri random re readline reprlib resource rlcompleter runpy sched secrets select selectors shelve shlex ' +
    'shutil signal site smtpd smtplib sndhdr socket socketserver spwd sqlite3 sre_compile sre_constants ' +
    'sre_parse ssl stat statistics string stringprep struct subprocess sunau symtable sys sysconfig syslog ' +
    'tabnanny tarfile telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize ' +
    'tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata unittest urllib uu uuid ' +
    'venv warnings wave weakref webbrowser winreg winsound wsgiref xdrlib xml xmlrpc zipapp zipfile zipimport ' +
    'zlib zoneinfo'
  ).split(' '),
);

/** Standard modules that left the library (PEP 594, PEP 632): the Python version that removed them. */
export const REMOVED_FROM_STDLIB: Readonly<Record<string, string>> = {
  asynchat: '3.12',
  asyncore: '3.12',
  distutils: '3.12',
  imp: '3.12',
  smtpd: '3.12',
  aifc: '3.13',
  audioop: '3.13',
  cgi: '3.13',
  cgitb: '3.13',
  chunk: '3.13',
  crypt: '3.13',
  imghdr: '3.13',
  lib2to3: '3.13',
  mailcap: '3.13',
  msilib: '3.13',
  nis: '3.13',
  nntplib: '3.13',
  ossaudiodev: '3.13',
  pipes: '3.13',
  sndhdr: '3.13',
  spwd: '3.13',
  sunau: '3.13',
  telnetlib: '3.13',
  uu: '3.13',
  xdrlib: '3.13',
};

/** Standard modules newer than some Pythons still in use: the version that added them. */
export const ADDED_TO_STDLIB: Readonly<Record<string, string>> = {
  tomllib: '3.11',
  graphlib: '3.9',
  zoneinfo: '3.9',
  annotationlib: '3.14',
  compression: '3.14',
};

/**
 * Import names whose distribution on PyPI has another name. Dotted keys are matched first
 * (`google.protobuf`), then the top-level name.
 */
export const DISTRIBUTION_OF: Readonly<Record<string, string>> = {
  yaml: 'PyYAML',
  cv2: 'opencv-python',
  PIL: 'Pillow',
  sklearn: 'scikit-learn',
  skimage: 'scikit-image',
  bs4: 'beautifulsoup4',
  dateutil: 'python-dateutil',
  dotenv: 'python-dotenv',
  jwt: 'PyJWT',
  Crypto: 'pycryptodome',
  Cryptodome: 'pycryptodomex',
  'google.protobuf': 'protobuf',
  'google.cloud.storage': 'google-cloud-storage',
  'google.cloud.bigquery': 'google-cloud-bigquery',
  'google.cloud.pubsub': 'google-cloud-pubsub',
  'google.auth': 'google-auth',
  'google.oauth2': 'google-auth',
  'google.genai': 'google-genai',
  'google.generativeai': 'google-generativeai',
  googleapiclient: 'google-api-python-client',
  'ruamel.yaml': 'ruamel.yaml',
  'azure.storage.blob': 'azure-storage-blob',
  'azure.identity': 'azure-identity',
  'azure.core': 'azure-core',
  attr: 'attrs',
  magic: 'python-magic',
  serial: 'pyserial',
  usb: 'pyusb',
  fitz: 'PyMuPDF',
  docx: 'python-docx',
  pptx: 'python-pptx',
  OpenSSL: 'pyOpenSSL',
  MySQLdb: 'mysqlclient',
  git: 'GitPython',
  github: 'PyGithub',
  gitlab: 'python-gitlab',
  gi: 'PyGObject',
  wx: 'wxPython',
  zmq: 'pyzmq',
  win32api: 'pywin32',
  win32con: 'pywin32',
  win32com: 'pywin32',
  pythoncom: 'pywin32',
  slugify: 'python-slugify',
  multipart: 'python-multipart',
  socketio: 'python-socketio',
  engineio: 'python-engineio',
  telegram: 'python-telegram-bot',
  jose: 'python-jose',
  ldap: 'python-ldap',
  nmap: 'python-nmap',
  pkg_resources: 'setuptools',
  Bio: 'biopython',
  cairo: 'pycairo',
  kafka: 'kafka-python',
  memcache: 'python-memcached',
  snappy: 'python-snappy',
  grpc: 'grpcio',
  faiss: 'faiss-cpu',
  pydantic_settings: 'pydantic-settings',
  mpl_toolkits: 'matplotlib',
  hamcrest: 'PyHamcrest',
  xdist: 'pytest-xdist',
  pytest_asyncio: 'pytest-asyncio',
  pytest_mock: 'pytest-mock',
  pytest_cov: 'pytest-cov',
  markdown_it: 'markdown-it-py',
  fastapi_users: 'fastapi-users',
  websocket: 'websocket-client',
  Xlib: 'python-xlib',
  pyximport: 'Cython',
  sentry_sdk: 'sentry-sdk',
  tree_sitter: 'tree-sitter',
  dns: 'dnspython',
  nacl: 'PyNaCl',
  tensorflow_datasets: 'tensorflow-datasets',
  keras_tuner: 'keras-tuner',
};

/** Top-level names shared by many distributions: the import alone does not say which. */
export const AMBIGUOUS_NAMESPACES: ReadonlySet<string> = new Set([
  'google',
  'azure',
  'jaraco',
  'backports',
  'zope',
  'sphinxcontrib',
  'ruamel',
]);

/** The distribution providing `module`, and whether a mapping said so (else the import name is assumed). */
export function distributionFor(module: string): { name: string; mapped: boolean } | undefined {
  const parts = module.split('.');
  for (let n = parts.length; n >= 1; n--) {
    const key = parts.slice(0, n).join('.');
    const mapped = ownEntry(DISTRIBUTION_OF, key);
    if (mapped) return { name: mapped, mapped: true };
  }
  if (AMBIGUOUS_NAMESPACES.has(parts[0]!)) return undefined;
  return { name: parts[0]!, mapped: false };
}

/** PEP 503 normalised distribution name, for comparing requirement names. */
export function normalizeDistribution(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * Distributions on PyPI imported under their own name, well known enough that the name confirms
 * itself. Any other name read from a log may be a typo that someone registered (`reqeusts`), so
 * it is added only when the repository already names it (see python-dependency-fix.ts).
 */
export const WELL_KNOWN_DISTRIBUTIONS: ReadonlySet<string> = new Set(
  (
    'aiohttp alembic anyio arrow asgiref attrs babel bcrypt black bleach boto3 botocore cachetools celery ' +
    'certifi cffi chardet click colorama coverage cryptography cython dask decorator deprecation distro django ' +
    'docker docutils fastapi filelock flake8 flask freezegun fsspec gunicorn h11 h5py httpx hypothesis idna ' +
    'iniconfig isort itsdangerous jinja2 jmespath joblib jsonschema keras kubernetes lxml mako markdown ' +
    'markupsafe marshmallow matplotlib mock more-itertools moto msgpack multidict mypy networkx nltk numba numpy ' +
    'openai openpyxl orjson packaging pandas paramiko pexpect pillow platformdirs plotly pluggy polars psutil ' +
    'pyarrow pycparser pydantic pygments pylint pymongo pyparsing pytest pytz redis regex requests responses ' +
    'rich ruff scipy seaborn setuptools simplejson six sniffio sphinx sqlalchemy starlette sympy tabulate ' +
    'tenacity toml tomli torch torchvision tornado tox tqdm transformers typer typing-extensions tzdata ujson ' +
    'urllib3 uvicorn virtualenv websockets werkzeug wheel wrapt xlrd yarl'
  ).split(' '),
);

/** Whether the table confirms the distribution's name: a mapping, or a well-known same-named one. */
export function isKnownDistribution(dist: { name: string; mapped: boolean }): boolean {
  return dist.mapped || WELL_KNOWN_DISTRIBUTIONS.has(normalizeDistribution(dist.name));
}
