// kvm48-server: the one executable. Everything it does is a command (cli.cpp).
#include "cli.hpp"

int main(int argc, char** argv) {
  return kvm48::app::run_cli(argc, argv);
}
