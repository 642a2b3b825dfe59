#ifndef REDRAFT_CLIBGIT2_SHIM_H
#define REDRAFT_CLIBGIT2_SHIM_H
#include <git2.h>
#endif
