"""`ci-moderation`: a command line for Tencent Cloud CI content moderation, built at run time
from the generated client's operation models (`ci_moderation.operations.OPERATIONS`), with a
resumable batch moderation run (`ci-moderation batch submit` / `batch wait`)."""
