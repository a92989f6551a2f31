// SPDX-FileCopyrightText: 2026 t-SNE Explorer developers
// SPDX-License-Identifier: Apache-2.0
// Linked (sanitizer builds only) into the programs that open the libtorch plugin: the CLI, the
// workbench, test_features, test_torchscript and fuzz_torchweights.
//
// LeakSanitizer 14 misreads glibc 2.36's dynamic TLS of libraries opened with dlopen and crashes
// at exit ("Tracer caught signal 11" in its DTLS scan). These programs therefore run it without
// TLS scanning; then blocks that only thread-local storage points to look leaked: glibc's TLS and
// dlopen bookkeeping and the per-thread state of libgomp, GDAL (through OpenCV), glib and SRT.
// None is ours; the engine's own leak checks run with TLS scanning in the other test programs.
// (LSAN_OPTIONS from the environment still apply on top.)

extern "C" const char* __lsan_default_options() { return "use_tls=0"; }

extern "C" const char* __lsan_default_suppressions()
{
    return "leak:_dl_resize_dtv\n"
           "leak:_dl_allocate_tls\n"
           "leak:__tls_get_addr\n"
           "leak:_dlerror_run\n"
           "leak:_dl_exception_create\n"
           "leak:add_to_global_resize\n"
           "leak:add_name_to_object\n"
           "leak:_dl_map_object_deps\n"
           "leak:__cxa_thread_atexit_impl\n"
           "leak:libglib-2.0.so\n"
           "leak:libgdal.so\n"
           "leak:libgomp.so\n"
           "leak:libsrt-gnutls.so\n";
}
