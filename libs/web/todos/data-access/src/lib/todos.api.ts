import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Observable } from 'rxjs';
import type { InitiativeTodos, MyTodos } from '@gw/shared/contracts';
import { API_BASE, initiativeUrl } from '@gw/web/shared/data-access';

/** What waits for the caller: in one initiative, or across all of theirs. */
@Injectable({ providedIn: 'root' })
export class TodosApi {
  private readonly http = inject(HttpClient);

  ofInitiative(initiativeId: string): Observable<InitiativeTodos> {
    return this.http.get<InitiativeTodos>(`${initiativeUrl(initiativeId)}/todos`);
  }

  mine(): Observable<MyTodos> {
    return this.http.get<MyTodos>(`${API_BASE}/me/todos`);
  }
}
