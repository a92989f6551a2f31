// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Stands in for the program behind the launcher (tests/cli/CMakeLists.txt builds a launcher that
// starts it): prints the variables the launcher may set, so a test sees what a real program gets.
#include <cstdio>
#include <cstdlib>
#include <initializer_list>

int main()
{
    for (const char* name : {"OMP_WAIT_POLICY", "OPENBLAS_NUM_THREADS"}) {
        const char* value = std::getenv(name);
        std::printf("%s=%s\n", name, value ? value : "(unset)");
    }
    return 0;
}
