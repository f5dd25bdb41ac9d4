"""The reference DCGAN of docs/toolchain.md in native PyTorch, for speed only.

`npm run bench -- --peer` runs this beside the browser's reference-dcgan cell
and prints the ratio. Same layer shapes (5x5 kernels, stride 2, batch norm in
G only, LeakyReLU 0.2 in D), batch 64, Adam 2e-4 / beta1 0.5, and the same
step as the course: a fresh batch of fakes, one D update on 64 real and 64
generated images (as one batch of 128), one G update on a new forward pass of
G, the four metrics read back to Python. Real images are random pixels in
[-1, 1]: speed does not depend on them.

Usage: /usr/bin/python3 reference_dcgan_torch.py SECONDS [THREADS]
Prints one JSON line: steps, seconds (wall), cpu_seconds, steps_per_sec.
"""
import json
import sys
import time

import torch
from torch import nn

BATCH = 64
LATENT = 100


class Generator(nn.Module):
    def __init__(self):
        super().__init__()
        self.dense = nn.Linear(LATENT, 7 * 7 * 64)
        self.bn0 = nn.BatchNorm2d(64, eps=1e-5)
        # 7 -> 14 -> 28: padding 2 plus output_padding 1 gives tfjs's 'same' output size.
        self.up1 = nn.ConvTranspose2d(64, 32, 5, stride=2, padding=2, output_padding=1)
        self.bn1 = nn.BatchNorm2d(32, eps=1e-5)
        self.up2 = nn.ConvTranspose2d(32, 1, 5, stride=2, padding=2, output_padding=1)

    def forward(self, z):
        h = self.dense(z).view(-1, 64, 7, 7)
        h = torch.relu(self.bn0(h))
        h = torch.relu(self.bn1(self.up1(h)))
        return torch.tanh(self.up2(h))


class Discriminator(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 5, stride=2, padding=2)
        self.conv2 = nn.Conv2d(32, 64, 5, stride=2, padding=2)
        self.dense = nn.Linear(7 * 7 * 64, 1)

    def forward(self, x):
        h = nn.functional.leaky_relu(self.conv1(x), 0.2)
        h = nn.functional.leaky_relu(self.conv2(h), 0.2)
        return self.dense(h.flatten(1))


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    g, d = Generator(), Discriminator()
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    bce = nn.BCEWithLogitsLoss()
    labels = torch.cat([torch.ones(BATCH, 1), torch.zeros(BATCH, 1)])
    ones = torch.ones(BATCH, 1)

    def step():
        real = torch.rand(BATCH, 1, 28, 28) * 2 - 1
        fake = g(torch.randn(BATCH, LATENT)).detach()
        logits = d(torch.cat([real, fake]))
        d_loss = bce(logits, labels) * 2  # the mean over real plus the mean over fake, as the course's D loss
        opt_d.zero_grad()
        d_loss.backward()
        opt_d.step()
        fake_logits = d(g(torch.randn(BATCH, LATENT)))
        g_loss = bce(fake_logits, ones)
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        probs = torch.sigmoid(logits.detach())
        return d_loss.item(), g_loss.item(), probs[:BATCH].mean().item(), probs[BATCH:].mean().item()

    for _ in range(5):  # warm-up: allocator, kernels chosen
        step()
    steps = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    while time.perf_counter() - start < seconds:
        step()
        steps += 1
    wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    print(json.dumps({"steps": steps, "seconds": wall, "cpu_seconds": cpu, "steps_per_sec": steps / wall, "threads": threads, "torch": torch.__version__}))


if __name__ == "__main__":
    main()
