# Shared by the model command-line tests (sourced, not run): `fail` and
# `expect_error FILE_NAMED COMMAND...`, which runs COMMAND in the current
# folder and passes when it exits 2 with an error that names FILE_NAMED.
fail() { echo "FAIL: $*"; exit 1; }

expect_error() {
  local named=$1; shift
  set +e
  "$@" > out.txt 2> err.txt
  local rc=$?
  set -e
  [[ $rc -eq 2 ]] || { cat err.txt; fail "$* exited $rc, expected 2"; }
  grep -qF "$named" err.txt || { cat err.txt; fail "the error does not name $named"; }
}
