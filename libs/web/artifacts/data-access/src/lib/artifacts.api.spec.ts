import { HttpHeaders, HttpResponse } from '@angular/common/http';
import { filenameOf } from './artifacts.api';

const response = (disposition?: string) =>
  new HttpResponse({
    headers: disposition ? new HttpHeaders({ 'content-disposition': disposition }) : undefined,
  });

describe('filenameOf', () => {
  it('reads the UTF-8 name the API sends', () => {
    expect(
      filenameOf(
        response(
          "attachment; filename*=UTF-8''Kooperationsvereinbarung-%C3%9Cberarbeitet-Fassung-2.pdf",
        ),
        'x.pdf',
      ),
    ).toBe('Kooperationsvereinbarung-Überarbeitet-Fassung-2.pdf');
  });

  it('falls back to a plain name, then to the default', () => {
    expect(filenameOf(response('attachment; filename="a.pdf"'), 'x.pdf')).toBe('a.pdf');
    expect(filenameOf(response(), 'x.pdf')).toBe('x.pdf');
  });
});
