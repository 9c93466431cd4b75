/**
 * Lines/second of driftless's HCL parser (parse only, and the full scan to records) against
 * HashiCorp's parser via @cdktf/hcl2json, on the same generated ~30k-line file.
 * Run: npx tsx bench/hcl-parse.ts [lines]
 */
import { performance } from "node:perf_hooks";
import { parseHcl } from "../src/scanners/terraform/parser.js";
import { scanTerraformFile } from "../src/scanners/terraform/index.js";

function block(i: number): string {
  return `# resource ${i}
resource "aws_instance" "web_${i}" {
  ami           = "ami-0123456789abcdef${i % 10}"
  instance_type = var.instance_type
  count         = 2
  tags = {
    Name = "web-\${count.index}"
    Env  = "prod"
  }
  user_data = <<-EOF
    #!/bin/bash
    yum install -y httpd
    EOF
  root_block_device {
    volume_size = 20 + ${i % 7}
    encrypted   = true
  }
  security_groups = [aws_security_group.sg.id, "sg-${i}"]
  lifecycle {
    ignore_changes = [tags["Name"]]
  }
  container = jsonencode([{ name = "app", image = "nginx:1.${i % 30}" }])
}

`;
}

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 30000);
  const parts: string[] = [];
  let lines = 0;
  for (let i = 0; lines < target; i++) {
    const b = block(i);
    parts.push(b);
    lines += b.split("\n").length - 1;
  }
  const text = parts.join("");
  const rate = (ms: number) => Math.round((lines / ms) * 1000).toLocaleString("en-US");

  const time = async (fn: () => unknown | Promise<unknown>, runs: number): Promise<number> => {
    await fn(); // warm-up
    let best = Infinity;
    for (let r = 0; r < runs; r++) {
      const t0 = performance.now();
      await fn();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };

  const ours = await time(() => {
    const out = parseHcl(text);
    if (out.error) throw out.error;
  }, 5);
  const scan = await time(() => scanTerraformFile({ path: "bench.tf", absolutePath: "/bench.tf", text }), 5);
  const { parse } = await import("@cdktf/hcl2json");
  const theirs = await time(() => parse("bench.tf", text), 3);

  console.log(`input: ${lines} lines, ${(text.length / 1024).toFixed(0)} KiB`);
  console.log(`driftless parseHcl         ${ours.toFixed(1).padStart(8)} ms  ${rate(ours).padStart(12)} lines/s`);
  console.log(`driftless scanTerraformFile${scan.toFixed(1).padStart(8)} ms  ${rate(scan).padStart(12)} lines/s`);
  console.log(`@cdktf/hcl2json parse      ${theirs.toFixed(1).padStart(8)} ms  ${rate(theirs).padStart(12)} lines/s`);
}

void main();
