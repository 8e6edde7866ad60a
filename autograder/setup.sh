#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu): the course
# is unpacked in /autograder/source. It installs Node 20 and the course's packages, and puts
# run_autograder where Gradescope looks for it.
set -euo pipefail
source_dir="${AUTOGRADER_ROOT:-/autograder}/source"

if ! command -v node >/dev/null || [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  apt-get update
  apt-get install -y ca-certificates curl gnupg
  curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
  apt-get install -y nodejs
fi

cd "$source_dir"
npm ci --no-audit --no-fund
# Compile the grade runner and the graders now, not on the first submission.
GRADE_LEARNER=solutions GRADE_TYPECHECK=0 node scripts/grade.mjs 00 >/dev/null || true
cp "$source_dir/autograder/run_autograder" "${AUTOGRADER_ROOT:-/autograder}/run_autograder"
chmod +x "${AUTOGRADER_ROOT:-/autograder}/run_autograder"
