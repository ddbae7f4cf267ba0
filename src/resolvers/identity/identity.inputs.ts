import { z } from 'zod';

export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter a valid email address' }));
export const Password = z.string().min(10, 'Password must be at least 10 characters').max(200, 'Password must be at most 200 characters');
export const PersonName = z.string().trim().min(1, 'Name is required').max(200, 'Name must be at most 200 characters');
