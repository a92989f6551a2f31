#include "tse/features/torchruntime.h"

#include <ATen/Parallel.h>
#include <torch/version.h>

#include <thread>

namespace tse::features {

std::string torchVersion() { return TORCH_VERSION; }

void setTorchThreads(int threads)
{
    const int n = threads > 0 ? threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(n);
}

int torchThreads() { return at::get_num_threads(); }

}  // namespace tse::features
