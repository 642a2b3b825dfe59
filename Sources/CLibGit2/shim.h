#ifndef REDRAFT_CLIBGIT2_SHIM_H
#define REDRAFT_CLIBGIT2_SHIM_H
#include <git2.h>

/* git_libgit2_opts is variadic and cannot be called from Swift: one wrapper per option used. */

/* Skip re-hashing every object read (as git itself does on ordinary reads; git fsck checks). */
static inline int redraft_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}
#endif
