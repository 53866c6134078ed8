// Page object for the map view (src/components/map/): markers, the view state the canvas
// exposes as data attributes (data-zoom, data-centre, data-rendered-ms), and gestures.
import { expect } from '@playwright/test';

export class MapPage {
  /** @param {import('./app-page.mjs').AppPage} app */
  constructor(app) {
    this.app = app;
    this.page = app.page;
    this.canvas = this.page.locator('.map-canvas');
    this.svg = this.page.locator('svg.map-svg');
  }

  async open(route = '?view=map') {
    await this.app.goto(route);
    await expect(this.marker('camp-ashraf')).toBeVisible();
    await expect(this.canvas).toHaveAttribute('data-rendered-ms', /\d/);
  }

  marker(id) {
    return this.page.locator(`.map-marker[data-place="${id}"]`);
  }

  async zoom() {
    return Number(await this.canvas.getAttribute('data-zoom'));
  }

  async centre() {
    return (await this.canvas.getAttribute('data-centre')).split(',').map(Number);
  }

  async renderMs() {
    return Number(await this.canvas.getAttribute('data-rendered-ms'));
  }

  /** Drags the map by (dx, dy) pixels with the mouse, from the canvas centre. */
  async drag(dx, dy) {
    const box = await this.svg.boundingBox();
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Two-finger pinch about the canvas centre, spreading the fingers from `from` to `to` px. */
  async pinch(from, to) {
    await this.svg.evaluate((svg, [a, b]) => {
      const r = svg.getBoundingClientRect();
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const fire = (type, id, x) => svg.dispatchEvent(new PointerEvent(type, {
        pointerId: id, pointerType: 'touch', isPrimary: id === 1, clientX: x, clientY: cy,
        bubbles: true, cancelable: true, button: 0, buttons: type === 'pointerup' ? 0 : 1,
      }));
      fire('pointerdown', 1, cx - a / 2);
      fire('pointerdown', 2, cx + a / 2);
      for (let i = 1; i <= 5; i += 1) {
        const d = a + ((b - a) * i) / 5;
        fire('pointermove', 1, cx - d / 2);
        fire('pointermove', 2, cx + d / 2);
      }
      fire('pointerup', 1, cx - b / 2);
      fire('pointerup', 2, cx + b / 2);
    }, [from, to]);
  }
}
