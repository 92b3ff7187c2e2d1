// Chart.js with only the pieces the report uses (bar and line charts), so the desk's bundle stays small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

/**
 * A Svelte action: draws the chart, redraws it when the config changes, frees it when the canvas goes.
 * Printing changes the page's width without a window resize, so the chart is fitted to the paper then.
 */
export function chart(canvas: HTMLCanvasElement, config: ChartConfiguration) {
  let instance = new Chart(canvas, config);
  const fit = () => instance.resize();
  const print = window.matchMedia('print');
  window.addEventListener('beforeprint', fit);
  window.addEventListener('afterprint', fit);
  print.addEventListener('change', fit);
  return {
    update(next: ChartConfiguration) {
      instance.destroy();
      instance = new Chart(canvas, next);
    },
    destroy() {
      window.removeEventListener('beforeprint', fit);
      window.removeEventListener('afterprint', fit);
      print.removeEventListener('change', fit);
      instance.destroy();
    },
  };
}

export const COLOURS = {
  accent: '#0b5cab',
  ok: '#15803d',
  warn: '#ea580c',
  danger: '#b91c1c',
  muted: '#94a3b8',
};

/** Print and screenshots must not catch a chart mid-animation. */
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.font.family = "'Noto Sans', system-ui, sans-serif";
